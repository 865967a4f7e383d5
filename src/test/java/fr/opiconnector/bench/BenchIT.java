package fr.opiconnector.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.opiconnector.cli.OpiConnectorCommand;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * Short runs of the bench command against the real service, `serve --noop` and the database ceiling, and the preload:
 * counts that agree with what the database holds. No timing is asserted.
 */
class BenchIT {

    private static final int REQUETES = 240;

    @Test
    void against_the_service_every_call_is_counted_once_and_the_database_agrees() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase(); ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            Resultat resultat = bench(connecteur.adresse(), "--connections", "4", "--requests", String.valueOf(REQUETES),
                    "--warmup", "0", "--seed", "7", "--json");

            JsonNode rapport = resultat.json();
            assertEquals(0, resultat.statut(), resultat.sortie());
            assertEquals(REQUETES, rapport.get("requests").asLong());
            assertEquals(0, rapport.get("errors").asLong(), rapport.toString());
            assertEquals(REQUETES, somme(rapport.get("natures")), "each call has one nature");
            assertOrdonne(rapport);
            assertTrue(rapport.get("server_heap_mb_end").asLong() > 0, "heap read from /metrics: " + rapport);
            assertEquals(rapport.at("/natures/nouvelle").asLong(), base.compter("SELECT COUNT(*) FROM individu"),
                    "one individual per new OPI");
            assertEquals(REQUETES, base.compter("SELECT COUNT(*) FROM journal WHERE operation = 'mettreajourDonneesOpi_v10'"));
            assertEquals(rapport.at("/natures/inchangee").asLong(),
                    base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'unchanged'"));
            assertEquals(rapport.at("/natures/voeu_retire").asLong(),
                    base.compter("SELECT COUNT(*) FROM voeu WHERE etat <> 'ACTIF'"), "one wish withdrawn per such call");
        }
    }

    @Test
    void against_serve_noop_the_calls_are_answered_and_nothing_is_stored() throws Exception {
        try (ConnecteurDEssai sansStockage = ConnecteurDEssai.demarrerSansStockage()) {
            Resultat resultat = bench(sansStockage.adresse(), "--connections", "2", "--requests", "100", "--warmup", "1",
                    "--json");

            JsonNode rapport = resultat.json();
            assertEquals(0, resultat.statut(), resultat.sortie());
            assertEquals(100, rapport.get("requests").asLong());
            assertEquals(0, rapport.get("errors").asLong());
            assertOrdonne(rapport);
            try (Connection connexion = sansStockage.application().database().dataSource().getConnection();
                    ResultSet lignes = connexion.createStatement().executeQuery("SELECT COUNT(*) FROM individu")) {
                lignes.next();
                assertEquals(0, lignes.getLong(1), "nothing stored");
            }
        }
    }

    @Test
    void the_database_ceiling_and_the_preload_write_the_rows_through_the_command() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase()) {
            Resultat chargement = commande("bench", "--db-url", base.url(), "--db-user", MariaDbDEssai.utilisateur(),
                    "--db-password", MariaDbDEssai.motDePasse(), "--load", "300", "--seed", "5");
            Resultat plafond = commande("bench", "--db-ceiling", "--db-url", base.url(), "--db-user",
                    MariaDbDEssai.utilisateur(), "--db-password", MariaDbDEssai.motDePasse(), "--connections", "4",
                    "--requests", String.valueOf(REQUETES), "--warmup", "0", "--seed", "7", "--json");

            assertEquals(0, chargement.statut(), chargement.sortie());
            assertTrue(chargement.sortie().startsWith("loaded 300 individual(s) in "), chargement.sortie());
            JsonNode rapport = plafond.json();
            assertEquals(0, plafond.statut(), plafond.sortie());
            assertEquals(REQUETES, rapport.get("requests").asLong());
            assertEquals(0, rapport.get("errors").asLong(), rapport.toString());
            assertOrdonne(rapport);
            assertEquals(300 + rapport.at("/natures/nouvelle").asLong(), base.compter("SELECT COUNT(*) FROM individu"),
                    "the preloaded individuals and one per new OPI");
            assertEquals(REQUETES, base.compter("SELECT COUNT(*) FROM journal WHERE cod_opi_int_epo LIKE 'P26%'"));
        }
    }

    @Test
    void errors_are_counted_by_kind_and_make_the_exit_status_1() throws Exception {
        try (ConnecteurDEssai sansStockage = ConnecteurDEssai.demarrerSansStockage()) {
            Resultat resultat = bench(sansStockage.adresse().replace("OpiMetier", "Inconnu"), "--connections", "1",
                    "--requests", "5", "--warmup", "0");

            assertEquals(1, resultat.statut(), resultat.sortie());
            assertTrue(resultat.sortie().contains("errors      5 {HTTP 405=5}"), resultat.sortie());
        }
    }

    private static void assertOrdonne(JsonNode rapport) {
        double p50 = rapport.get("p50_ms").asDouble();
        double p95 = rapport.get("p95_ms").asDouble();
        double p99 = rapport.get("p99_ms").asDouble();
        double max = rapport.get("max_ms").asDouble();
        assertTrue(0 < p50 && p50 <= p95 && p95 <= p99 && p99 <= max, rapport.toString());
        assertTrue(rapport.get("requests_per_second").asDouble() > 0, rapport.toString());
    }

    private static long somme(JsonNode natures) {
        long somme = 0;
        for (JsonNode nombre : natures) {
            somme += nombre.asLong();
        }
        return somme;
    }

    private static Resultat bench(String url, String... options) {
        String[] arguments = new String[options.length + 3];
        arguments[0] = "bench";
        arguments[1] = "--url";
        arguments[2] = url;
        System.arraycopy(options, 0, arguments, 3, options.length);
        return commande(arguments);
    }

    private static Resultat commande(String... arguments) {
        StringWriter sortie = new StringWriter();
        int statut = OpiConnectorCommand.executer(new PrintWriter(sortie, true), new PrintWriter(sortie, true), arguments);
        return new Resultat(statut, sortie.toString());
    }

    private record Resultat(int statut, String sortie) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(sortie);
        }
    }
}
