package fr.opiconnector.remontee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.opiconnector.config.ParcoursupConfig;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Parcoursup's remontées API over HTTP: a JSON POST to {@code <url>/ApiRest/majInscriptionAdministrative} with the
 * credentials in the body ({@code identifiant: {login, pwd}}, under the configured key), answered {@code {retour: OK|NOK, message}}. The
 * password is only ever written into the request body: no log line, message or exception carries it.
 */
public final class ParcoursupClient implements Parcoursup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI majInscription;
    private final ParcoursupConfig config;

    public ParcoursupClient(ParcoursupConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        this.majInscription = URI.create(config.url() + "/ApiRest/majInscriptionAdministrative");
    }

    @Override
    public Reponse majInscriptionAdministrative(MajInscription maj) throws IndisponibleException, AuthentificationException {
        HttpRequest requete = HttpRequest.newBuilder(majInscription)
                .timeout(config.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corps(maj), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> reponse;
        try {
            reponse = http.send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new IndisponibleException("Parcoursup injoignable : connexion non établie dans le délai ("
                    + e.getClass().getSimpleName() + ")", null, true, e);
        } catch (HttpTimeoutException e) {
            throw new IndisponibleException("pas de réponse de Parcoursup dans le délai (" + e.getClass().getSimpleName() + ")",
                    null, e);
        } catch (ConnectException e) {
            throw new IndisponibleException("Parcoursup injoignable : connexion refusée ou hôte inconnu à "
                    + majInscription.getHost() + " (" + e.getClass().getSimpleName() + ")", null, true, e);
        } catch (IOException e) {
            throw new IndisponibleException("Parcoursup injoignable (" + e.getClass().getSimpleName() + ")", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndisponibleException("envoi interrompu", null, e);
        }
        int status = reponse.statusCode();
        if (status == 401 || status == 403) {
            throw new AuthentificationException(status);
        }
        if (status >= 500) {
            throw new IndisponibleException("Parcoursup a répondu HTTP " + status, status, null);
        }
        if (status != 200) {
            return new Reponse(status, false, "HTTP " + status + " : " + extrait(reponse.body()));
        }
        try {
            JsonNode json = JSON.readTree(reponse.body());
            String retour = json.path("retour").asText("");
            String message = json.path("message").isMissingNode() || json.path("message").isNull() ? null
                    : json.path("message").asText();
            if ("OK".equals(retour) || "NOK".equals(retour)) {
                return new Reponse(status, "OK".equals(retour), message);
            }
            return new Reponse(status, false, "réponse sans retour OK/NOK : " + extrait(reponse.body()));
        } catch (IOException e) {
            return new Reponse(status, false, "réponse illisible (pas du JSON) : " + extrait(reponse.body()));
        }
    }

    private String corps(MajInscription maj) {
        ObjectNode corps = JSON.createObjectNode();
        ObjectNode identifiant = corps.putObject(config.cleIdentifiant());
        identifiant.put("login", config.login());
        identifiant.put("pwd", config.motDePasse());
        corps.put("codeCandidat", maj.codeCandidat());
        corps.put("ine", maj.ine());
        corps.put("nom", maj.nom());
        corps.put("prenom", maj.prenom());
        corps.put("dateNaissance", maj.dateNaissance());
        corps.put("codeFormationPsup", maj.codeFormationPsup());
        corps.put("codeFormation1", maj.codeFormation1());
        corps.put("codeSISE", maj.codeSISE());
        corps.put("etatInscription", maj.etatInscription());
        if (config.codeStatutInscription()) {
            corps.put("codeStatutInscription", maj.etatInscription());
        }
        corps.put("codeEtablissementAffectation", maj.codeEtablissementAffectation());
        return corps.toString();
    }

    /** The start of an answer, for the stored message; the password is masked should Parcoursup echo it. */
    private String extrait(String corps) {
        String texte = corps == null ? "" : corps.strip();
        if (!config.motDePasse().isEmpty()) {
            texte = texte.replace(config.motDePasse(), "***");
        }
        return texte.length() <= 200 ? texte : texte.substring(0, 200) + "…";
    }
}
