package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may call: HTTP Basic on every SOAP path, the OpiMetier allow-list, X-Forwarded-For from trusted proxies only. */
class AccesIT {

    private static final String MOT_DE_PASSE = "Parcoursup-2027!";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static MariaDbDEssai base;
    private static ConnecteurDEssai connecteur;

    @BeforeAll
    static void demarrer() {
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of(
                "OPI_WS_USER", "parcoursup",
                "OPI_WS_PASSWORD", MotDePasse.hacher(MOT_DE_PASSE),
                "OPI_WS_ALLOW", "192.0.2.0/24, 127.0.0.0/8",
                "OPI_HTTP_TRUSTED_PROXIES", "10.9.9.9/32"),
                // A clock that stands still: the refusals of a test fall within one period.
                new HorlogeReglable(Instant.now()));
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        base.close();
    }

    @BeforeEach
    void vider() {
        base.vider();
    }

    @Test
    void without_or_with_wrong_credentials_the_answer_is_401_nothing_is_stored_and_the_refusal_is_journaled() throws Exception {
        HttpResponse<String> sans = poster(connecteur.adresse(), null);
        HttpResponse<String> faux = poster(connecteur.adresse(), "parcoursup:mauvais");
        HttpResponse<String> wsdl = HTTP.send(HttpRequest.newBuilder(URI.create(connecteur.adresse() + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> dossierOpi = poster(connecteur.adresseDossierOpi(), "intrus:" + MOT_DE_PASSE);

        for (HttpResponse<String> reponse : new HttpResponse[] {sans, faux, wsdl, dossierOpi}) {
            assertEquals(401, reponse.statusCode(), reponse.body());
            assertTrue(reponse.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        }
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
        // Refusals before authentication share one row per period, service, address and key.
        assertEquals(2, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused' "
                + "AND cle_faute = 'technical.security.invaliduser.user' AND adresse_appelant = '127.0.0.1'"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE operation = 'OpiMetier (accès)'"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE operation = 'DossierOpi (accès)'"));
        String metriques = connecteur.metriques().corps();
        assertEquals(3, ConnecteurDEssai.serie(metriques, "opi_calls_seconds_count{fault=\"technical.security.invaliduser"
                + ".user\",operation=\"OpiMetier (accès)\",outcome=\"refused\"}"), "the metric counts each refusal");
        assertEquals(1, ConnecteurDEssai.serie(metriques, "opi_calls_seconds_count{fault=\"technical.security.invaliduser"
                + ".user\",operation=\"DossierOpi (accès)\",outcome=\"refused\"}"));
        assertEquals(0, base.compter("SELECT COUNT(*) FROM journal WHERE operation LIKE '%mauvais%' OR operation LIKE '%"
                + MOT_DE_PASSE + "%'"));
    }

    @Test
    void with_the_right_credentials_the_call_goes_through() throws Exception {
        HttpResponse<String> reponse = poster(connecteur.adresse(), "parcoursup:" + MOT_DE_PASSE);

        assertEquals(200, reponse.statusCode(), reponse.body());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
    }

    @Test
    void the_allow_list_refuses_other_addresses_and_believes_x_forwarded_for_only_from_a_trusted_proxy() throws Exception {
        try (ConnecteurDEssai restreint = ConnecteurDEssai.demarrer(base.url(), Map.of(
                "OPI_WS_USER", "parcoursup", "OPI_WS_PASSWORD", MOT_DE_PASSE,
                "OPI_WS_ALLOW", "192.0.2.0/24", "OPI_HTTP_TRUSTED_PROXIES", "127.0.0.1"))) {
            HttpResponse<String> direct = poster(restreint.adresse(), "parcoursup:" + MOT_DE_PASSE);
            HttpResponse<String> viaProxy = poster(restreint.adresse(), "parcoursup:" + MOT_DE_PASSE, "203.0.113.5, 192.0.2.7");
            HttpResponse<String> horsListe = poster(restreint.adresse(), "parcoursup:" + MOT_DE_PASSE, "198.51.100.1");
            HttpResponse<String> dossierOpi = poster(restreint.adresseDossierOpi(), "parcoursup:" + MOT_DE_PASSE);

            assertEquals(403, direct.statusCode(), direct.body());
            assertEquals(200, viaProxy.statusCode(), viaProxy.body());
            assertEquals(403, horsListe.statusCode());
            assertFalse(dossierOpi.statusCode() == 403, "the allow-list is OpiMetier's only");
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'created' AND adresse_appelant = '192.0.2.7'"));
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE cle_faute = 'technical.security.invaliduser.adresse' "
                    + "AND adresse_appelant = '198.51.100.1'"));
        }
        try (ConnecteurDEssai sansProxy = ConnecteurDEssai.demarrer(base.url(), Map.of(
                "OPI_WS_USER", "parcoursup", "OPI_WS_PASSWORD", MOT_DE_PASSE, "OPI_WS_ALLOW", "192.0.2.0/24"))) {
            assertEquals(403, poster(sansProxy.adresse(), "parcoursup:" + MOT_DE_PASSE, "192.0.2.7").statusCode(),
                    "X-Forwarded-For from a caller that is not a trusted proxy is ignored");
        }
    }

    private static HttpResponse<String> poster(String adresse, String identifiants) throws Exception {
        return poster(adresse, identifiants, null);
    }

    private static HttpResponse<String> poster(String adresse, String identifiants, String xForwardedFor) {
        return ConnecteurDEssai.posterAvec(adresse, identifiants, xForwardedFor,
                ConnecteurDEssai.requete("apogee-client-v10-full.xml"));
    }
}
