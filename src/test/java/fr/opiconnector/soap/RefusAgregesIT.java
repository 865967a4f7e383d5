package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refusals before authentication (HTTP 401 and 403) flooding in: one journal row per period, service, address and
 * fault key, carrying the count, while the metrics count every refusal.
 */
class RefusAgregesIT {

    private static final String MOT_DE_PASSE = "Parcoursup-2027!";
    private static final String CLE_UTILISATEUR = "technical.security.invaliduser.user";
    private static final String CLE_ADRESSE = "technical.security.invaliduser.adresse";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MariaDbDEssai base;
    /** At the start of a minute: the 150 calls fall within one period of 60 s. */
    private final HorlogeReglable horloge = new HorlogeReglable(Instant.parse("2026-07-01T08:00:00Z"));

    @BeforeEach
    void ouvrirLaBase() {
        base = MariaDbDEssai.nouvelleBase();
    }

    @AfterEach
    void fermerLaBase() {
        base.close();
    }

    @Test
    void wrong_credentials_in_a_flood_make_one_row_per_period_with_the_count_and_the_metric_counts_each() throws Exception {
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of(
                "OPI_WS_USER", "parcoursup", "OPI_WS_PASSWORD", MOT_DE_PASSE,
                "OPI_WS_REFUSALS_PERIOD_SECONDS", "60"), horloge)) {
            for (int i = 0; i < 150; i++) {
                assertEquals(401, poster(connecteur.adresse(), "parcoursup:mauvais-" + i, null).statusCode());
            }

            assertEquals(1, base.compter(lignes(CLE_UTILISATEUR)), "one row for the period, not one per call");
            assertEquals(150, refusees(connecteur, CLE_UTILISATEUR), "the metric counts every refusal");
            assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));

            horloge.avancer(Duration.ofSeconds(61));
            assertEquals(401, poster(connecteur.adresse(), "parcoursup:encore", null).statusCode());

            assertEquals(2, base.compter(lignes(CLE_UTILISATEUR)), "the next period has a row of its own");
            assertEquals(150, base.compter("SELECT nombre FROM journal WHERE cle_faute = '" + CLE_UTILISATEUR
                    + "' ORDER BY id LIMIT 1"), "the period over, its row holds the count");
            assertEquals(1, base.compter("SELECT nombre FROM journal WHERE cle_faute = '" + CLE_UTILISATEUR
                    + "' ORDER BY id DESC LIMIT 1"));
            assertEquals(151, refusees(connecteur, CLE_UTILISATEUR));
            assertEquals(0, base.compter("SELECT COUNT(*) FROM journal WHERE operation LIKE '%mauvais%' "
                    + "OR adresse_appelant LIKE '%mauvais%' OR cle_faute LIKE '%mauvais%'"), "no credentials journaled");
        }
    }

    @Test
    void refusals_of_an_address_outside_the_allow_list_share_a_row_and_a_stop_writes_the_count() throws Exception {
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of(
                "OPI_WS_USER", "parcoursup", "OPI_WS_PASSWORD", MOT_DE_PASSE, "OPI_WS_ALLOW", "192.0.2.0/24",
                "OPI_HTTP_TRUSTED_PROXIES", "127.0.0.1"), horloge)) {
            for (int i = 0; i < 20; i++) {
                assertEquals(403, poster(connecteur.adresse(), "parcoursup:" + MOT_DE_PASSE, "198.51.100.1").statusCode());
            }
            for (int i = 0; i < 5; i++) {
                assertEquals(403, poster(connecteur.adresse(), "parcoursup:" + MOT_DE_PASSE, "198.51.100.2").statusCode());
            }

            assertEquals(2, base.compter(lignes(CLE_ADRESSE)), "one row per address");
            assertEquals(25, refusees(connecteur, CLE_ADRESSE));
        }
        assertEquals(20, base.compter("SELECT nombre FROM journal WHERE cle_faute = '" + CLE_ADRESSE
                + "' AND adresse_appelant = '198.51.100.1'"), "the stop writes the count of the current period");
        assertEquals(5, base.compter("SELECT nombre FROM journal WHERE cle_faute = '" + CLE_ADRESSE
                + "' AND adresse_appelant = '198.51.100.2'"));
    }

    private static String lignes(String cle) {
        return "SELECT COUNT(*) FROM journal WHERE resultat = 'refused' AND cle_faute = '" + cle
                + "' AND operation = 'OpiMetier (accès)'";
    }

    private static double refusees(ConnecteurDEssai connecteur, String cle) {
        return ConnecteurDEssai.serie(connecteur.metriques().corps(), "opi_calls_seconds_count{fault=\"" + cle
                + "\",operation=\"OpiMetier (accès)\",outcome=\"refused\"}");
    }

    private static HttpResponse<String> poster(String adresse, String identifiants, String xForwardedFor) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(adresse))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(identifiants.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(ConnecteurDEssai.requete("apogee-client-v10-full.xml")));
        if (xForwardedFor != null) {
            requete.header("X-Forwarded-For", xForwardedFor);
        }
        return HTTP.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }
}
