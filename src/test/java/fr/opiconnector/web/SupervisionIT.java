package fr.opiconnector.web;

import static fr.opiconnector.support.ConnecteurDEssai.serie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /health (liveness and readiness) and /metrics as ops read them, on the service's port or on the admin port. */
class SupervisionIT extends AvecConnecteur {

    private static final String CREES = "opi_calls_seconds_count{fault=\"none\",operation=\"mettreajourDonneesOpi_v10\","
            + "outcome=\"created\"}";
    private static final String INCHANGES = "opi_calls_seconds_count{fault=\"none\",operation=\"mettreajourDonneesOpi_v10\","
            + "outcome=\"unchanged\"}";
    private static final String SANS_NOM = "opi_calls_seconds_count{fault=\"technical.parameter.noncoherentinput"
            + ".libNomPatIndOpi\",operation=\"mettreajourDonneesOpi_v10\",outcome=\"refused\"}";

    @Test
    void a_ready_service_says_so_with_each_readiness_check() {
        Reponse sante = connecteur.sante();
        Reponse vivant = connecteur.get("/health/live");

        assertEquals(200, sante.statut(), sante.corps());
        assertTrue(sante.corps().startsWith("{\"status\":\"UP\",\"liveness\":\"UP\",\"readiness\":{\"database\":\"UP\","
                + "\"migrations\":\"UP\",\"endpoints\":\"UP\"}"), sante.corps());
        assertEquals(200, vivant.statut());
        assertEquals("{\"status\":\"UP\"}", vivant.corps());
    }

    @Test
    void a_schema_older_than_the_connector_makes_it_not_ready_while_it_stays_alive() {
        String derniere = base.lignes("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history").get(0);
        base.executerDansLaBase("UPDATE flyway_schema_history SET success = 0 WHERE version = '" + derniere + "'");
        try {
            Reponse sante = connecteur.sante();

            assertEquals(503, sante.statut());
            assertTrue(sante.corps().contains("\"status\":\"DOWN\""), sante.corps());
            assertTrue(sante.corps().contains("\"migrations\":\"PENDING\""), sante.corps());
            assertEquals(200, connecteur.get("/health/live").statut(), "alive all the same: no restart wanted");
        } finally {
            base.executerDansLaBase("UPDATE flyway_schema_history SET success = 1 WHERE version = '" + derniere + "'");
        }
        assertEquals(200, connecteur.sante().statut());
    }

    @Test
    void metrics_count_each_operation_by_outcome_and_fault_key_without_personal_data() {
        String avant = connecteur.metriques().corps();

        assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());
        assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());
        assertEquals("technical.parameter.noncoherentinput.libNomPatIndOpi",
                connecteur.poster("v10-sans-libNomPatIndOpi.xml").faultstring());
        Reponse metriques = connecteur.metriques();
        String apres = metriques.corps();

        assertEquals(200, metriques.statut());
        assertEquals(1, serie(apres, CREES) - serie(avant, CREES), apres);
        assertEquals(1, serie(apres, INCHANGES) - serie(avant, INCHANGES), apres);
        assertEquals(1, serie(apres, SANS_NOM) - serie(avant, SANS_NOM), apres);
        assertTrue(apres.contains("opi_calls_seconds_bucket{"), "latency histogram for percentiles");
        assertTrue(apres.contains("opi_remontees_backlog "), apres);
        assertTrue(apres.contains("opi_remontees_backlog_age_seconds "), apres);
        assertTrue(apres.contains("hikaricp_connections_active{pool=\"opi-db\"}"), "connection pool");
        assertTrue(apres.contains("jvm_memory_used_bytes{"), "JVM");
        for (String personnel : new String[] {"P260000100", "MARTIN", "P260000042", "1234567890A"}) {
            assertFalse(apres.contains(personnel), "no OPI code nor personal data in the metrics: " + personnel);
        }
    }

    @Test
    void with_an_admin_port_health_and_metrics_leave_the_public_listener() {
        int portAdmin = ConnecteurDEssai.portLibre();
        try (ConnecteurDEssai separe = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_ADMIN_PORT",
                String.valueOf(portAdmin)))) {
            String admin = "http://127.0.0.1:" + portAdmin;

            assertEquals(200, ConnecteurDEssai.get(URI.create(admin + "/health")).statut());
            assertEquals(200, ConnecteurDEssai.get(URI.create(admin + "/health/live")).statut());
            assertTrue(ConnecteurDEssai.get(URI.create(admin + "/metrics")).corps().contains("opi_remontees_backlog"));
            assertEquals(404, ConnecteurDEssai.get(URI.create(admin + "/services/OpiMetier?wsdl")).statut(),
                    "no SOAP on the admin port");
            assertEquals(404, separe.sante().statut(), "/health is gone from the public port");
            assertEquals(404, separe.metriques().statut(), "/metrics is gone from the public port");
            assertTrue(separe.poster("v10-minimal.xml").reponseVide(), "the SOAP service is still there");
        }
    }
}
