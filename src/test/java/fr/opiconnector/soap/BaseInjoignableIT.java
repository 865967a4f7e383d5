package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import fr.opiconnector.support.MariaDbDEssai;
import fr.opiconnector.support.ProxyTcp;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MariaDB gone while calls come in: each answers technical.data.transaction.connexion within the pool's timeout,
 * nothing partial is stored, /health says so, and when the database is back the service recovers without restart.
 */
class BaseInjoignableIT {

    @Test
    void an_unreachable_database_answers_the_connexion_fault_and_the_service_recovers_when_it_returns() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase(); ProxyTcp proxy = new ProxyTcp(base.hoteEtPort());
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.urlVia(proxy.hoteEtPort()),
                        Map.of("OPI_DB_CONNECT_TIMEOUT_SECONDS", "2"))) {
            assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());

            proxy.couper();
            for (String requete : new String[] {"apogee-client-v10-full.xml", "v10-nil-partout.xml", "v10-concurrent-a.xml"}) {
                Reponse reponse = connecteur.poster(requete);
                assertEquals(500, reponse.statut());
                assertEquals("technical.data.transaction.connexion", reponse.faultstring(), reponse.corps());
                assertTrue(reponse.lastErrorMsg().contains("injoignable"), reponse.lastErrorMsg());
                assertFalse(reponse.corps().contains("Exception"), "no stack trace or exception name: " + reponse.corps());
            }
            assertEquals(503, connecteur.sante().statut(), "/health says the service is not ready");
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"), "nothing of the refused calls");

            proxy.retablir();
            // The pool reconnects on its own; each failed try itself waits up to the 2 s connection timeout.
            Reponse retour = connecteur.poster("apogee-client-v10-full.xml");
            for (int essai = 1; essai < 10 && !retour.reponseVide(); essai++) {
                assertEquals("technical.data.transaction.connexion", retour.faultstring(), retour.corps());
                retour = connecteur.poster("apogee-client-v10-full.xml");
            }

            assertTrue(retour.reponseVide(), "recovered without restart: " + retour.corps());
            assertEquals(200, connecteur.sante().statut());
            assertEquals(2, base.compter("SELECT COUNT(*) FROM individu"));
        }
    }
}
