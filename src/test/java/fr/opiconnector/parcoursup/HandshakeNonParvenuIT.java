package fr.opiconnector.parcoursup;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.Commande.Sortie;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A "Tester connecteur" that never reached Parcoursup — no credentials or UAI configured, a host that refuses the
 * connection — is a local error: it is stored and shown as NON_PARVENU beside the last real outcome, which it does not
 * replace, and the remontées keep going when that outcome is OK.
 */
class HandshakeNonParvenuIT {

    private static final String MAJ = "/ApiRest/majInscriptionAdministrative";

    private static WireMockServer parcoursup;
    private static MariaDbDEssai base;
    private static Path dossier;

    @BeforeAll
    static void demarrer(@TempDir Path repertoire) throws Exception {
        dossier = repertoire;
        parcoursup = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        parcoursup.start();
        base = MariaDbDEssai.nouvelleBase();
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            connecteur.poster("apogee-client-v10-full.xml");
        }
    }

    @AfterAll
    static void arreter() {
        base.close();
        parcoursup.stop();
    }

    @Test
    void a_test_that_never_reached_parcoursup_keeps_the_last_real_outcome_and_the_remontees_going_and_health_shows_both() throws Exception {
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\",\"message\":\"Test réussi\"}")));
        Path joignable = configuration("joignable.properties", "http://127.0.0.1:" + parcoursup.port(),
                "opi.parcoursup.login=0350936C-remontees", "opi.parcoursup.password=secret", "opi.parcoursup.uai=0350936C");
        Path ferme = configuration("ferme.properties", "http://127.0.0.1:" + portFerme(),
                "opi.parcoursup.login=0350936C-remontees", "opi.parcoursup.password=secret", "opi.parcoursup.uai=0350936C");
        Path sansIdentifiants = configuration("sans-identifiants.properties", "http://127.0.0.1:" + parcoursup.port(),
                "opi.parcoursup.uai=0350936C");
        assertEquals(0, Commande.executer(joignable, "tester-connecteur").statut());
        assertEquals(0, Commande.executer(joignable, "inscription", "enregistrer", "P260000042", "LDR1", "1", "--etat",
                "1", "--date-paiement", "15072026").statut());

        Sortie injoignable = Commande.executer(ferme, "tester-connecteur");
        Sortie absents = Commande.executer(sansIdentifiants, "tester-connecteur");
        Sortie statut = Commande.executer(joignable, "statut");
        Sortie envoi = Commande.executer(joignable, "remontees", "envoyer");
        String sante;
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            sante = connecteur.sante().corps();
        }

        assertEquals(1, injoignable.statut());
        assertTrue(injoignable.out().startsWith("NOT REACHED: the request never reached Parcoursup"), injoignable.out());
        assertTrue(injoignable.out().contains("connexion refusée"), injoignable.out());
        assertTrue(injoignable.out().contains("Last real outcome, still in force: OK: Parcoursup accepted the test request"),
                injoignable.out());
        assertEquals(1, absents.statut());
        assertTrue(absents.out().contains("Identifiants Parcoursup absents"), absents.out());
        assertTrue(statut.out().contains("Tester connecteur: OK: Parcoursup accepted the test request"), statut.out());
        assertTrue(statut.out().contains("since then: NOT REACHED"), statut.out());
        assertEquals(List.of("OK", "NON_PARVENU", "NON_PARVENU"),
                base.lignes("SELECT resultat FROM handshake ORDER BY id"));
        assertEquals(0, envoi.statut(), envoi.out());
        assertTrue(envoi.out().startsWith("1 sent"), envoi.out());
        assertTrue(sante.contains("\"testerConnecteur\":{\"resultat\":\"OK\""), sante);
        assertTrue(sante.contains("\"testerConnecteurNonParvenu\":{\"resultat\":\"NON_PARVENU\""), sante);
        assertEquals(2, parcoursup.findAll(postRequestedFor(urlEqualTo(MAJ))).size(), "the test, then the IA");
    }

    private static int portFerme() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path configuration(String nom, String url, String... lignes) throws Exception {
        Path fichier = dossier.resolve(nom);
        Files.writeString(fichier, String.join("\n",
                "opi.db.url=" + base.url(),
                "opi.db.user=" + MariaDbDEssai.utilisateur(),
                "opi.db.password=" + MariaDbDEssai.motDePasse(),
                "opi.parcoursup.url=" + url,
                String.join("\n", lignes), ""));
        return fichier;
    }
}
