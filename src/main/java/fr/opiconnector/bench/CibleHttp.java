package fr.opiconnector.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A running connector's OpiMetier endpoint, one kept-alive connection per bench connection. */
public final class CibleHttp implements Cible {

    private static final Pattern FAUTE = Pattern.compile("<faultstring>([^<]*)</faultstring>");

    private final ConnexionHttp[] connexions;

    public CibleHttp(URI url, String utilisateur, String motDePasse, int nombre) {
        String autorisation = utilisateur == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (utilisateur + ":" + (motDePasse == null ? "" : motDePasse)).getBytes(StandardCharsets.UTF_8));
        connexions = new ConnexionHttp[nombre];
        for (int i = 0; i < nombre; i++) {
            connexions[i] = new ConnexionHttp(url, autorisation);
        }
    }

    @Override
    public Issue appeler(int connexion, OpiSynthetique opi) {
        try {
            ConnexionHttp.Reponse reponse = connexions[connexion].poster(opi.xml().getBytes(StandardCharsets.UTF_8));
            if (reponse.statut() == 200 && !reponse.corps().contains("Fault>")) {
                return Issue.OK;
            }
            Matcher faute = FAUTE.matcher(reponse.corps());
            return Issue.erreur("HTTP " + reponse.statut() + (faute.find() ? " " + faute.group(1) : ""));
        } catch (IOException e) {
            return Issue.erreur(e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        for (ConnexionHttp connexion : connexions) {
            connexion.close();
        }
    }
}
