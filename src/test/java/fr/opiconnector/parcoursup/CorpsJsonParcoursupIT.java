package fr.opiconnector.parcoursup;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.Commande.Sortie;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON body of majInscriptionAdministrative as Parcoursup's APIs read it: the credentials' key as configured
 * (identifiant, or an earlier API's indentifiant), codeStatutInscription beside etatInscription when configured, and
 * the test request's values as the reference client sends them. WireMock stands in for Parcoursup.
 */
class CorpsJsonParcoursupIT {

    private static final String MAJ = "/ApiRest/majInscriptionAdministrative";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @AfterEach
    void oublier() {
        parcoursup.resetAll();
    }

    @Test
    void the_credentials_go_under_identifiant_by_default_and_under_the_configured_key_otherwise() throws Exception {
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\"}")));

        Sortie parDefaut = Commande.executer(configuration("defaut.properties"), "tester-connecteur");
        Sortie ancienneApi = Commande.executer(configuration("ancienne.properties",
                "opi.parcoursup.cle.identifiant=indentifiant"), "tester-connecteur");

        assertEquals(0, parDefaut.statut(), parDefaut.out());
        assertEquals(0, ancienneApi.statut(), ancienneApi.out());
        List<JsonNode> corps = corpsRecus();
        assertEquals("0350936C-remontees", corps.get(0).path("identifiant").path("login").asText());
        assertEquals("secret-parcoursup", corps.get(0).path("identifiant").path("pwd").asText());
        assertFalse(corps.get(0).has("indentifiant"));
        assertEquals("0350936C-remontees", corps.get(1).path("indentifiant").path("login").asText());
        assertEquals("secret-parcoursup", corps.get(1).path("indentifiant").path("pwd").asText());
        assertFalse(corps.get(1).has("identifiant"));
    }

    @Test
    void code_statut_inscription_goes_beside_etat_inscription_only_when_configured() throws Exception {
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\"}")));
        Path sans = configuration("sans-statut.properties");
        Path avec = configuration("avec-statut.properties", "opi.parcoursup.code.statut.inscription=true");
        assertEquals(0, Commande.executer(sans, "tester-connecteur").statut());
        assertEquals(0, Commande.executer(sans, "inscription", "enregistrer", "P260000042", "LDR1", "1", "--etat", "1",
                "--date-paiement", "15072026").statut());

        assertEquals(0, Commande.executer(sans, "remontees", "envoyer").statut());
        assertEquals(0, Commande.executer(avec, "inscription", "annuler", "P260000042", "LDR1", "1", "--motif",
                "Désistement").statut());
        assertEquals(0, Commande.executer(avec, "remontees", "envoyer").statut());

        List<JsonNode> corps = corpsRecus();
        JsonNode ia = corps.get(1);
        JsonNode annulation = corps.get(2);
        assertEquals(1, ia.path("etatInscription").asInt());
        assertFalse(ia.has("codeStatutInscription"), ia.toString());
        assertEquals(3, annulation.path("etatInscription").asInt());
        assertEquals(3, annulation.path("codeStatutInscription").asInt(), annulation.toString());
    }

    @Test
    void the_test_request_carries_the_reference_clients_dummy_candidate() throws Exception {
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\"}")));

        assertEquals(0, Commande.executer(configuration("test.properties"), "tester-connecteur").statut());

        JsonNode test = corpsRecus().get(0);
        assertEquals(1, test.path("codeCandidat").asInt());
        assertTrue(test.path("codeCandidat").isInt(), "codeCandidat is a number: " + test);
        assertEquals("0123456789AB", test.path("ine").asText());
        assertEquals("14/07/1789", test.path("dateNaissance").asText());
        assertEquals(42, test.path("codeFormationPsup").asInt());
        assertEquals("42", test.path("codeFormation1").asText());
        assertTrue(test.path("codeFormation1").isTextual(), "codeFormation1 is text: " + test);
        assertEquals("1", test.path("codeSISE").asText());
        assertTrue(test.path("codeSISE").isTextual(), "codeSISE is text: " + test);
        assertEquals("Bernard", test.path("nom").asText());
        assertEquals("Minet", test.path("prenom").asText());
        assertTrue(test.path("codeFormationPsup").isInt(), "codeFormationPsup is a number: " + test);
        assertEquals(1, test.path("etatInscription").asInt());
        assertEquals("0350936C", test.path("codeEtablissementAffectation").asText());
    }

    private static List<JsonNode> corpsRecus() {
        return parcoursup.findAll(postRequestedFor(urlEqualTo(MAJ))).stream().map(r -> {
            try {
                return JSON.readTree(r.getBodyAsString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    private static Path configuration(String nom, String... lignes) throws Exception {
        Path fichier = dossier.resolve(nom);
        Files.writeString(fichier, String.join("\n",
                "opi.db.url=" + base.url(),
                "opi.db.user=" + MariaDbDEssai.utilisateur(),
                "opi.db.password=" + MariaDbDEssai.motDePasse(),
                "opi.parcoursup.url=http://127.0.0.1:" + parcoursup.port(),
                "opi.parcoursup.login=0350936C-remontees",
                "opi.parcoursup.password=secret-parcoursup",
                "opi.parcoursup.uai=0350936C",
                String.join("\n", lignes), ""));
        return fichier;
    }
}
