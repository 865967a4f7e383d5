package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDeTest;
import fr.opiconnector.support.ConnecteurDeTest.Reponse;
import fr.opiconnector.support.MariaDbDeTest;
import fr.opiconnector.support.ProxyTcp;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With its database gone, the connector answers technical.data.transaction.connexion quickly, never hangs. */
class BaseInjoignableIT {

    @Test
    void an_unreachable_database_answers_the_connexion_fault_and_stores_nothing() throws Exception {
        try (MariaDbDeTest base = MariaDbDeTest.nouvelleBase(); ProxyTcp proxy = new ProxyTcp(base.hoteEtPort());
                ConnecteurDeTest connecteur = ConnecteurDeTest.demarrer(base.urlVia(proxy.hoteEtPort()),
                        Map.of("OPI_DB_CONNECT_TIMEOUT_SECONDS", "2"))) {
            assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());

            proxy.couper();
            Reponse reponse = connecteur.poster("apogee-client-v10-full.xml");

            assertEquals(500, reponse.statut());
            assertEquals("technical.data.transaction.connexion", reponse.faultstring(), reponse.corps());
            assertTrue(reponse.lastErrorMsg().contains("injoignable"), reponse.lastErrorMsg());
            assertTrue(!reponse.corps().contains("Exception"), "no stack trace or exception name: " + reponse.corps());
            assertEquals(503, connecteur.sante().statut(), "/health says the service is not ready");
            assertEquals(0, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = 'P260000042'"));
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
        }
    }
}
