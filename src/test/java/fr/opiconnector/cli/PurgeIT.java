package fr.opiconnector.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.Commande.Sortie;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The purge of a closed campaign's personal data on MariaDB: refused for an open campaign and while remontées are
 * pending or failed, a dry run that deletes nothing, then the deletion with the counts, the anonymised journal and the
 * audit kept, and the other campaigns untouched.
 */
class PurgeIT {

    private static final String MAJ = "/ApiRest/majInscriptionAdministrative";

    private static WireMockServer parcoursup;
    private static MariaDbDEssai base;
    private static Path configuration;

    @BeforeAll
    static void demarrer(@TempDir Path dossier) throws Exception {
        parcoursup = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        parcoursup.start();
        base = MariaDbDEssai.nouvelleBase();
        configuration = base.configuration(dossier.resolve("opi.properties"),
                "opi.parcoursup.url=http://127.0.0.1:" + parcoursup.port(),
                "opi.parcoursup.login=0350936C-remontees",
                "opi.parcoursup.password=s3cret",
                "opi.parcoursup.uai=0350936C",
                "opi.remontees.tentatives=1");
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            for (String code : List.of("P250000042", "P250000044", "P260000043")) {
                byte[] opi = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"), StandardCharsets.UTF_8)
                        .replace("P260000042", code).getBytes(StandardCharsets.UTF_8);
                assertTrue(connecteur.posterOctets(opi).reponseVide());
            }
        }
        for (String code : List.of("P250000042", "P250000044")) {
            assertEquals(0, executer("inscription", "enregistrer", code, "LDR1", "1", "--etat", "1",
                    "--date-paiement", "15072025").statut());
        }
    }

    @AfterAll
    static void arreter() {
        base.close();
        parcoursup.stop();
    }

    @Test
    void a_closed_campaign_is_purged_once_its_remontees_are_settled_keeping_counts_journal_and_audit() {
        long individus = base.compter("SELECT COUNT(*) FROM individu");
        long journal = base.compter("SELECT COUNT(*) FROM journal");

        Sortie ouverte = executer("purge", "--campagne", "2026");
        Sortie enAttente = executer("purge", "--campagne", "2025");
        parcoursup.stubFor(post(MAJ).atPriority(10).willReturn(okJson("{\"retour\":\"OK\"}")));
        parcoursup.stubFor(post(MAJ).withRequestBody(matchingJsonPath("$.codeCandidat", equalTo("44")))
                .willReturn(okJson("{\"retour\":\"NOK\",\"message\":\"Candidat inconnu\"}")));
        assertEquals(0, executer("tester-connecteur").statut());
        executer("remontees", "envoyer");
        Sortie echec = executer("purge", "--campagne", "2025");
        Sortie essai = executer("purge", "--campagne", "2025", "--abandonner-echecs", "--dry-run");
        long individusApresEssai = base.compter("SELECT COUNT(*) FROM individu");
        Sortie purge = executer("purge", "--campagne", "2025", "--abandonner-echecs");
        Sortie dossierPurge = executer("dossier", "P250000042");
        Sortie dossierGarde = executer("dossier", "P260000043");

        assertEquals(1, ouverte.statut());
        assertEquals("purge refused, nothing deleted: campaign 2026 is not closed: it closes on 1 January 2027",
                ouverte.err().strip());
        assertEquals(1, enAttente.statut());
        assertTrue(enAttente.err().contains("2 remontée(s) of these individuals are still pending"), enAttente.err());
        assertEquals(1, echec.statut());
        assertTrue(echec.err().contains("1 remontée(s) of these individuals failed"), echec.err());
        assertEquals(0, essai.statut(), essai.err());
        assertTrue(essai.out().startsWith("Dry run, nothing deleted: would delete 2 individual(s), "), essai.out());
        assertEquals(individus, individusApresEssai);

        assertEquals(0, purge.statut(), purge.err());
        assertEquals(essai.out().replace("Dry run, nothing deleted: would delete ", "Deleted ")
                .replace("would anonymise", "anonymised").strip(), purge.out().lines().findFirst().orElseThrow());
        assertEquals(List.of("P260000043"), base.lignes("SELECT cod_opi_int_epo FROM individu"));
        assertEquals(0, base.compter("SELECT COUNT(*) FROM voeu WHERE individu_id NOT IN (SELECT id FROM individu)")
                + base.compter("SELECT COUNT(*) FROM historique WHERE individu_id NOT IN (SELECT id FROM individu)")
                + base.compter("SELECT COUNT(*) FROM inscription")
                + base.compter("SELECT COUNT(*) FROM remontee"));
        assertEquals(journal, base.compter("SELECT COUNT(*) FROM journal"), "the journal keeps every row");
        assertEquals(0, base.compter("SELECT COUNT(*) FROM journal WHERE cod_opi_int_epo LIKE 'P25%'"));
        assertTrue(base.compter("SELECT COUNT(*) FROM journal WHERE cod_opi_int_epo IS NULL AND empreinte IS NULL "
                + "AND operation = 'mettreajourDonneesOpi_v10'") >= 2);
        assertEquals(List.of("2025 2 2 2"), base.lignes(
                "SELECT CONCAT(campagne, ' ', individus, ' ', inscriptions, ' ', remontees) FROM purge_donnees"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM audit WHERE evenement = 'PURGE' AND auteur LIKE 'cli:%' "
                + "AND detail LIKE 'purge (campagne 2025) : 2 individus%1 remontée(s) en échec abandonnée(s)'"));
        assertEquals(1, dossierPurge.statut());
        assertEquals(0, dossierGarde.statut(), dossierGarde.err());
    }

    @Test
    void a_purge_needs_a_criterion_and_no_date_in_the_future() {
        Sortie sansCritere = executer("purge");
        Sortie futur = executer("purge", "--avant", "2999-01-01");
        Sortie recents = executer("purge", "--avant", "2000-01-01", "--dry-run");

        assertEquals(2, sansCritere.statut());
        assertTrue(sansCritere.err().contains("give --campagne YYYY, --avant YYYY-MM-DD, or both"), sansCritere.err());
        assertEquals(1, futur.statut());
        assertEquals("purge refused, nothing deleted: --avant 2999-01-01 is in the future", futur.err().strip());
        assertEquals(0, recents.statut(), recents.err());
        assertTrue(recents.out().startsWith("Dry run, nothing deleted: would delete 0 individual(s)"), recents.out());
    }

    private static Sortie executer(String... arguments) {
        return Commande.executer(configuration, arguments);
    }
}
