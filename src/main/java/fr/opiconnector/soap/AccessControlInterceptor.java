package fr.opiconnector.soap;

import fr.opiconnector.config.SecuriteConfig;
import fr.opiconnector.securite.CallerAddress;
import fr.opiconnector.securite.CredentialsVerifier;
import fr.opiconnector.journal.Appel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.slf4j.MDC;

/**
 * The first check of every request to a SOAP endpoint (the WSDL included): the caller's address against the
 * allow-list (OpiMetier only), then the HTTP Basic credentials when they are configured (in WS-Security mode the
 * UsernameToken is checked later, by WSS4J). A refused request gets HTTP 403 or 401 — or, with a hashed password,
 * 429 when its address tries too often and 503 when no derivation can start ({@link CredentialsVerifier}) — is
 * reported to the call's owner with the caller's address and without any secret (journaled once per period,
 * address and key), and goes no further.
 */
final class AccessControlInterceptor extends AbstractPhaseInterceptor<Message> {

    /** The message property holding the caller's address as judged here, for the endpoints and the journal. */
    static final String ADRESSE_APPELANT = "fr.opiconnector.adresseAppelant";
    static final String CLE_UTILISATEUR = "technical.security.invaliduser.user";
    static final String CLE_ADRESSE = "technical.security.invaliduser.adresse";
    static final String CLE_OCCUPE = "technical.security.invaliduser.occupe";

    /** The correlation id of the request in every log line (MDC key) and in the answer's header. */
    static final String MDC_CORRELATION = "requete";
    static final String ENTETE_CORRELATION = "X-Request-Id";
    private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final SecuriteConfig securite;
    private final CredentialsVerifier verificateur;
    private final boolean listeAutorisation;
    private final String service;

    AccessControlInterceptor(SecuriteConfig securite, CredentialsVerifier verificateur, boolean listeAutorisation,
            String service) {
        super(Phase.RECEIVE);
        this.securite = securite;
        this.verificateur = verificateur;
        this.listeAutorisation = listeAutorisation;
        this.service = service;
    }

    @Override
    public void handleMessage(Message message) {
        HttpServletRequest requete = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        if (requete == null) {
            return;
        }
        String correlation = correlation(requete.getHeader(ENTETE_CORRELATION));
        MDC.put(MDC_CORRELATION, correlation);
        HttpServletResponse reponseHttp = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        if (reponseHttp != null) {
            reponseHttp.setHeader(ENTETE_CORRELATION, correlation);
        }
        String adresse = CallerAddress.de(requete.getRemoteAddr(), requete.getHeader("X-Forwarded-For"),
                securite.proxysDeConfiance());
        message.put(ADRESSE_APPELANT, adresse);
        SoapCall.de(message).adresseAppelant(adresse);
        if (listeAutorisation && !securite.autorisesOpiMetier().vide() && !securite.autorisesOpiMetier().contient(adresse)) {
            refuser(message, adresse, HttpServletResponse.SC_FORBIDDEN, CLE_ADRESSE,
                    "Adresse non autorisée à appeler ce service.");
            return;
        }
        if (!securite.basic()) {
            return;
        }
        CredentialsVerifier.Resultat resultat = identifiantsValides(message.get(AuthorizationPolicy.class), adresse);
        switch (resultat.verdict()) {
            case ACCEPTE -> {
            }
            case REFUSE -> refuser(message, adresse, HttpServletResponse.SC_UNAUTHORIZED, CLE_UTILISATEUR, 0,
                    "Authentification requise : identifiants absents ou invalides.");
            case ATTENDRE -> refuser(message, adresse, 429, CLE_UTILISATEUR, resultat.attenteSecondes(),
                    "Trop de tentatives d'authentification depuis cette adresse : réessayez dans "
                            + resultat.attenteSecondes() + " s.");
            case OCCUPE -> refuser(message, adresse, HttpServletResponse.SC_SERVICE_UNAVAILABLE, CLE_OCCUPE, 1,
                    "Trop de vérifications d'identifiants en cours : réessayez dans un instant.");
        }
    }

    private static void repondre(Message message, int statut, long reessayerApres, String texte) {
        HttpServletResponse reponse = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        reponse.setStatus(statut);
        if (statut == HttpServletResponse.SC_UNAUTHORIZED) {
            reponse.setHeader("WWW-Authenticate", "Basic realm=\"opi-connector\", charset=\"UTF-8\"");
        }
        if (reessayerApres > 0) {
            reponse.setHeader("Retry-After", String.valueOf(reessayerApres));
        }
        reponse.setContentType("text/plain; charset=utf-8");
        try {
            reponse.getOutputStream().write((texte + "\n").getBytes(StandardCharsets.UTF_8));
            reponse.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot answer a refused call", e);
        }
    }

    /** The caller's X-Request-Id when it is a plain token, or a new one. */
    static String correlation(String proposee) {
        return proposee != null && CORRELATION.matcher(proposee).matches() ? proposee : UUID.randomUUID().toString();
    }

    private CredentialsVerifier.Resultat identifiantsValides(AuthorizationPolicy identifiants, String adresse) {
        return identifiants == null ? verificateur.verifier(null, null, adresse)
                : verificateur.verifier(identifiants.getUserName(), identifiants.getPassword(), adresse);
    }

    private void refuser(Message message, String adresse, int statut, String cle, String texte) {
        refuser(message, adresse, statut, cle, 0, texte);
    }

    private void refuser(Message message, String adresse, int statut, String cle, long reessayerApres, String texte) {
        message.getInterceptorChain().abort();
        // Concluded (counted, journaled and logged once per period) before the answer: whoever reads it may rely on it.
        Appel appel = SoapCall.de(message).operation(service + " (accès)");
        appel.refuserAvantAuthentification(cle, "HTTP " + statut);
        appel.terminer();
        repondre(message, statut, reessayerApres, texte);
    }
}
