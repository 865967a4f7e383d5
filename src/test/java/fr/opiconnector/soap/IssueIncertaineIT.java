package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import fr.opiconnector.support.MariaDbDEssai;
import fr.opiconnector.support.ProxyTcp;
import fr.opiconnector.support.ProxyTcp.Coupure;
import org.junit.jupiter.api.Test;

/**
 * The connection to MariaDB breaks during the COMMIT of a call: the connector cannot know whether the database
 * stored it. It must not say « rien n'a été enregistré » (the database may well have committed), but that the outcome
 * is unknown and that sending again is safe — and sending again must indeed leave exactly one stored OPI.
 */
class IssueIncertaineIT {

    private static final String CODE = "P260000100";

    @Test
    void a_commit_the_database_executed_but_whose_answer_was_lost_is_answered_outcome_unknown_and_a_resend_is_unchanged()
            throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase(); ProxyTcp proxy = new ProxyTcp(base.hoteEtPort());
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.urlVia(proxy.hoteEtPort()))) {
            proxy.couperAuProchainCommit(Coupure.APRES_LE_COMMIT);

            Reponse reponse = connecteur.poster("v10-minimal.xml");

            assertIssueInconnue(reponse);
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = '" + CODE + "'"),
                    "the database did commit: the OPI is stored although the connector could not be told");
            assertEquals("created", base.lignes("SELECT resultat FROM journal").get(0));
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal"), "no refused row beside the stored call");

            Reponse renvoi = connecteur.poster("v10-minimal.xml");

            assertTrue(renvoi.reponseVide(), renvoi.corps());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = '" + CODE + "'"));
            assertEquals("unchanged", base.lignes("SELECT resultat FROM journal ORDER BY id").get(1),
                    "sending again was safe: the same OPI is recognised");
            assertTrue(ConnecteurDEssai.serie(connecteur.metriques().corps(), "opi_calls_seconds_count{fault=\""
                    + "technical.data.transaction.issueInconnue\",operation=\"mettreajourDonneesOpi_v10\",outcome="
                    + "\"unknown\"}") == 1, "the unknown outcome is counted as such");
        }
    }

    @Test
    void a_commit_cut_before_the_database_received_it_is_answered_outcome_unknown_and_a_resend_stores_the_opi()
            throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase(); ProxyTcp proxy = new ProxyTcp(base.hoteEtPort());
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.urlVia(proxy.hoteEtPort()))) {
            proxy.couperAuProchainCommit(Coupure.AVANT_LE_COMMIT);

            Reponse reponse = connecteur.poster("v10-minimal.xml");

            assertIssueInconnue(reponse);
            assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"), "the transaction was rolled back");

            Reponse renvoi = connecteur.poster("v10-minimal.xml");

            assertTrue(renvoi.reponseVide(), renvoi.corps());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = '" + CODE + "'"));
            assertEquals("created", base.lignes("SELECT resultat FROM journal ORDER BY id").get(0));
        }
    }

    private static void assertIssueInconnue(Reponse reponse) {
        assertEquals(500, reponse.statut(), reponse.corps());
        assertEquals("technical.data.transaction.issueInconnue", reponse.faultstring(), reponse.corps());
        String message = reponse.lastErrorMsg();
        assertFalse(message.contains("rien n'a été enregistré"), message);
        assertTrue(message.contains("Renvoyez"), message);
        assertFalse(reponse.corps().contains("Exception"), reponse.corps());
    }
}
