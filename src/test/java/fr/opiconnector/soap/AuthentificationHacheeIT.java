package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.MotDePasse;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.HorlogeReglable;
import fr.opiconnector.support.MariaDbDEssai;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP Basic with a hashed password: the right credentials are derived once and then remembered for their lifetime,
 * wrong ones are still refused, and one address sending wrong ones is made to wait while the right client goes on.
 * Each test calls from its own address (X-Forwarded-For from the local trusted proxy) and starts with the
 * remembered credentials expired.
 */
class AuthentificationHacheeIT {

    private static final String MOT_DE_PASSE = "Parcoursup-2027!";
    private static final Duration DUREE_CACHE = Duration.ofSeconds(300);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static MariaDbDEssai base;
    private static HorlogeReglable horloge;
    private static ConnecteurDEssai connecteur;

    @BeforeAll
    static void demarrer() {
        base = MariaDbDEssai.nouvelleBase();
        horloge = new HorlogeReglable(Instant.now());
        connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of(
                "OPI_WS_USER", "parcoursup",
                "OPI_WS_PASSWORD", MotDePasse.hacher(MOT_DE_PASSE),
                "OPI_WS_PASSWORD_CACHE_SECONDS", String.valueOf(DUREE_CACHE.toSeconds()),
                "OPI_HTTP_TRUSTED_PROXIES", "127.0.0.1/32"), horloge);
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        base.close();
    }

    @BeforeEach
    void oublierLesIdentifiantsRetenus() {
        horloge.avancer(DUREE_CACHE.plusSeconds(1));
    }

    @Test
    void ten_calls_with_the_right_credentials_derive_the_password_once() throws Exception {
        Map<String, Double> avant = verifications();

        for (int i = 0; i < 10; i++) {
            HttpResponse<String> reponse = poster("parcoursup:" + MOT_DE_PASSE, "192.0.2.1");
            assertEquals(200, reponse.statusCode(), reponse.body());
        }

        Map<String, Double> apres = verifications();
        assertEquals(1, apres.get("derived") - avant.get("derived"));
        assertEquals(9, apres.get("cached") - avant.get("cached"));
    }

    @Test
    void a_wrong_password_after_the_right_one_is_still_refused() throws Exception {
        assertEquals(200, poster("parcoursup:" + MOT_DE_PASSE, "192.0.2.2").statusCode());

        HttpResponse<String> faux = poster("parcoursup:mauvais", "192.0.2.2");
        HttpResponse<String> autreUtilisateur = poster("intrus:" + MOT_DE_PASSE, "192.0.2.2");

        assertEquals(401, faux.statusCode(), faux.body());
        assertEquals(401, autreUtilisateur.statusCode(), autreUtilisateur.body());
        assertTrue(faux.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        assertEquals(200, poster("parcoursup:" + MOT_DE_PASSE, "192.0.2.2").statusCode());
    }

    @Test
    void wrong_passwords_from_one_address_get_429_while_the_right_client_goes_on() throws Exception {
        assertEquals(200, poster("parcoursup:" + MOT_DE_PASSE, "192.0.2.3").statusCode());
        Map<String, Double> avant = verifications();

        List<Integer> statuts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuts.add(poster("parcoursup:mauvais-" + i, "192.0.2.3").statusCode());
        }
        HttpResponse<String> tropTot = poster("parcoursup:mauvais-4", "192.0.2.3");
        HttpResponse<String> bonClient = poster("parcoursup:" + MOT_DE_PASSE, "192.0.2.3");
        HttpResponse<String> autreAdresse = poster("parcoursup:mauvais", "192.0.2.4");

        assertEquals(List.of(401, 401, 401, 401), statuts);
        assertEquals(429, tropTot.statusCode(), tropTot.body());
        assertEquals("1", tropTot.headers().firstValue("Retry-After").orElse(""));
        assertTrue(tropTot.body().startsWith("Trop de tentatives d'authentification"), tropTot.body());
        assertEquals(200, bonClient.statusCode(), bonClient.body());
        assertEquals(401, autreAdresse.statusCode(), "another address is not made to wait");
        Map<String, Double> apres = verifications();
        assertEquals(5, apres.get("refused") - avant.get("refused"));
        assertEquals(1, apres.get("throttled") - avant.get("throttled"));
        assertEquals(0, apres.get("derived") - avant.get("derived"));
        assertEquals(1, apres.get("cached") - avant.get("cached"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused' "
                + "AND cle_faute = 'technical.security.invaliduser.user' AND adresse_appelant = '192.0.2.4'"));
    }

    @Test
    void once_their_lifetime_is_over_the_right_credentials_are_derived_again() throws Exception {
        Map<String, Double> avant = verifications();

        assertEquals(200, poster("parcoursup:" + MOT_DE_PASSE, "192.0.2.5").statusCode());
        horloge.avancer(DUREE_CACHE.minusSeconds(1));
        assertEquals(200, poster("parcoursup:" + MOT_DE_PASSE, "192.0.2.5").statusCode());
        horloge.avancer(Duration.ofSeconds(1));
        assertEquals(200, poster("parcoursup:" + MOT_DE_PASSE, "192.0.2.5").statusCode());

        Map<String, Double> apres = verifications();
        assertEquals(2, apres.get("derived") - avant.get("derived"));
        assertEquals(1, apres.get("cached") - avant.get("cached"));
    }

    /** opi_ws_password_checks_total by outcome, from /metrics. */
    private static Map<String, Double> verifications() {
        ConnecteurDEssai.Reponse metriques = connecteur.metriques();
        assertEquals(200, metriques.statut());
        Map<String, Double> parIssue = new HashMap<>();
        for (String issue : List.of("derived", "cached", "refused", "throttled", "busy")) {
            parIssue.put(issue, ConnecteurDEssai.serie(metriques.corps(),
                    "opi_ws_password_checks_total{outcome=\"" + issue + "\"}"));
        }
        return parIssue;
    }

    private static HttpResponse<String> poster(String identifiants, String adresse) throws Exception {
        HttpRequest requete = HttpRequest.newBuilder(URI.create(connecteur.adresse()))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .header("X-Forwarded-For", adresse)
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(identifiants.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(ConnecteurDEssai.requete("apogee-client-v10-full.xml")))
                .build();
        return HTTP.send(requete, HttpResponse.BodyHandlers.ofString());
    }
}
