package fr.opiconnector.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.opiconnector.support.Commande.Sortie;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tester-connecteur, statut and remontees from the command line, WireMock standing in for Parcoursup. */
class ParcoursupCommandIT {

    private static final String MAJ = "/ApiRest/majInscriptionAdministrative";

    private static WireMockServer parcoursup;
    private static MariaDbDEssai base;
    private static Path configuration;

    @BeforeAll
    static void demarrer(@TempDir Path dossier) throws Exception {
        parcoursup = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        parcoursup.start();
        base = MariaDbDEssai.nouvelleBase();
        Path secret = dossier.resolve("parcoursup.secret");
        Files.writeString(secret, "mot-de-passe-du-fichier\n");
        configuration = base.configuration(dossier.resolve("opi.properties"),
                "opi.parcoursup.url=http://127.0.0.1:" + parcoursup.port(),
                "opi.parcoursup.login=0350936C-remontees",
                "opi.parcoursup.password.file=" + secret,
                "opi.parcoursup.uai=0350936C",
                "opi.remontees.delai.initial.millis=10",
                "opi.remontees.delai.max.millis=20",
                "opi.remontees.tentatives=2");
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            connecteur.poster("apogee-client-v10-full.xml");
        }
        assertEquals(0, executer("inscription", "enregistrer", "P260000042", "LDR1", "1", "--etat", "1",
                "--date-paiement", "15072026").statut());
    }

    @AfterAll
    static void arreter() {
        base.close();
        parcoursup.stop();
    }

    @Test
    void the_handshake_the_status_and_the_remontees_from_the_command_line() {
        Sortie statutAvant = executer("statut");
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"NOK\",\"message\":\"Mot de passe incorrect\"}")));
        Sortie nok = executer("tester-connecteur");
        Sortie bloque = executer("remontees", "envoyer");
        parcoursup.resetAll();
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\",\"message\":\"Test réussi\"}")));
        Sortie ok = executer("tester-connecteur");
        parcoursup.resetAll();
        parcoursup.stubFor(post(MAJ).willReturn(aResponse().withStatus(502)));
        Sortie echec = executer("remontees", "envoyer");
        Sortie liste = executer("remontees", "liste", "--statut", "ECHEC");
        Sortie rejeu = executer("remontees", "rejouer", "--tous-echecs");
        parcoursup.resetAll();
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\"}")));
        Sortie envoi = executer("remontees", "envoyer");
        Sortie statutApres = executer("statut");

        assertTrue(statutAvant.out().contains("Tester connecteur: never run"), statutAvant.out());
        assertTrue(statutAvant.out().contains("not sent: no successful \"Tester connecteur\" yet"), statutAvant.out());
        assertEquals(1, nok.statut());
        assertTrue(nok.out().startsWith("NOK: Parcoursup refused the test request"), nok.out());
        assertTrue(nok.out().contains("message: Mot de passe incorrect"), nok.out());
        assertEquals(1, bloque.statut());
        assertTrue(bloque.out().contains("1 still pending; stopped: aucun « Tester connecteur » réussi"), bloque.out());
        assertEquals(0, ok.statut(), ok.out());
        assertTrue(ok.out().startsWith("OK: Parcoursup accepted the test request"), ok.out());
        assertTrue(echec.out().startsWith("0 sent, 1 set aside as failed, 1 retried"), echec.out());
        assertTrue(liste.out().contains("P260000042  LDR1/1  INSCRIPTION state 1  ECHEC"), liste.out());
        assertTrue(liste.out().contains("abandonnée après 2 tentatives : Parcoursup a répondu HTTP 502"), liste.out());
        assertEquals("1 failed remontée(s) back in the queue", rejeu.out().strip());
        assertTrue(envoi.out().startsWith("1 sent, 0 set aside as failed"), envoi.out());
        assertTrue(statutApres.out().contains("Remontées: 0 pending, 0 failed, 1 sent"), statutApres.out());
        assertTrue(parcoursup.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(MAJ))).get(0).getBodyAsString()
                .contains("\"pwd\":\"mot-de-passe-du-fichier\""), "the password comes from the secret file");
    }

    private static Sortie executer(String... arguments) {
        return Commande.executer(configuration, arguments);
    }

}
