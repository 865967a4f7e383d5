package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import fr.opiconnector.support.ProxyTcp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One owner per call: whatever layer refuses a call — authentication, XML, contract, validation, rule, database — the
 * call leaves exactly one journal row with its fault key and counts exactly once in the metrics.
 */
class UneLigneParAppelIT {

    private static final String MOT_DE_PASSE = "secret-de-test-42";

    private static MariaDbDEssai base;
    private static ConnecteurDEssai connecteur;

    @BeforeAll
    static void demarrer() {
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_WS_USER", "parcoursup",
                "OPI_WS_PASSWORD", MOT_DE_PASSE));
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        base.close();
    }

    @Test
    void a_call_refused_by_the_authentication_leaves_one_row_and_one_count() throws Exception {
        verifier("technical.security.invaliduser.user", 401,
                () -> poster(connecteur.adresse(), "parcoursup:mauvais", requete("apogee-client-v10-full.xml")));
    }

    @Test
    void a_call_whose_xml_cannot_be_read_leaves_one_row_and_one_count() throws Exception {
        verifier("technical.parameter.noncoherentinput.requete", 500,
                () -> poster(connecteur.adresse(), identifiants(), requete("xml-mal-forme.xml")));
    }

    @Test
    void a_call_outside_the_contract_leaves_one_row_and_one_count() throws Exception {
        byte[] espaceInconnu = new String(requete("v10-minimal.xml"), StandardCharsets.UTF_8)
                .replace("gouv.education.apogee.commun.servicesmetiers.OpiMetier", "urn:inconnu")
                .getBytes(StandardCharsets.UTF_8);
        verifier("technical.parameter.noncoherentinput.espaceDeNoms", 500,
                () -> poster(connecteur.adresse(), identifiants(), espaceInconnu));
    }

    @Test
    void a_call_refused_by_the_validation_leaves_one_row_and_one_count() throws Exception {
        verifier("technical.parameter.noncoherentinput.codDecVeu", 500,
                () -> poster(connecteur.adresse(), identifiants(), requete("v10-decision-X.xml")));
    }

    @Test
    void a_call_refused_by_a_rule_leaves_one_row_and_one_count() throws Exception {
        byte[] inscriptionSansOpi = Files.readAllBytes(Path.of("config/samples/dossieropi-enregistrerInscription.xml"));
        String cle = "technical.data.nullretrieve.dossier";
        verifier(cle, 500, () -> poster(connecteur.adresseDossierOpi(), identifiants(), inscriptionSansOpi));
    }

    @Test
    void a_call_refused_because_the_database_is_unreachable_counts_once_and_cannot_leave_a_row() throws Exception {
        try (MariaDbDEssai autre = MariaDbDEssai.nouvelleBase(); ProxyTcp proxy = new ProxyTcp(autre.hoteEtPort());
                ConnecteurDEssai coupe = ConnecteurDEssai.demarrer(autre.urlVia(proxy.hoteEtPort()),
                        Map.of("OPI_DB_CONNECT_TIMEOUT_SECONDS", "1"))) {
            double avant = appels(coupe);
            proxy.couper();
            HttpResponse<String> reponse = poster(coupe.adresse(), null, requete("apogee-client-v10-full.xml"));
            proxy.retablir();

            assertEquals(500, reponse.statusCode());
            assertTrue(reponse.body().contains("technical.data.transaction.connexion"), reponse.body());
            assertEquals(avant + 1, appels(coupe), "counted once");
            assertEquals(0, autre.compter("SELECT COUNT(*) FROM journal WHERE cle_faute LIKE 'technical.data.transaction%'"),
                    "a row cannot reach a database that does not answer: the metric and the log line stand for it");
        }
    }

    private interface Appel {
        HttpResponse<String> envoyer() throws Exception;
    }

    private static void verifier(String cle, int statut, Appel appel) throws Exception {
        long lignes = base.compter("SELECT COUNT(*) FROM journal");
        long lignesDeLaCle = base.compter("SELECT COUNT(*) FROM journal WHERE cle_faute = '" + cle + "'");
        double comptes = appels(connecteur);

        HttpResponse<String> reponse = appel.envoyer();

        assertEquals(statut, reponse.statusCode(), reponse.body());
        assertEquals(lignes + 1, base.compter("SELECT COUNT(*) FROM journal"), "exactly one journal row");
        assertEquals(lignesDeLaCle + 1, base.compter("SELECT COUNT(*) FROM journal WHERE cle_faute = '" + cle + "'"),
                "the row carries the fault key");
        assertEquals(comptes + 1, appels(connecteur), "exactly one count in opi_calls");
    }

    /** Every call the metrics counted, whatever its operation and outcome. */
    private static double appels(ConnecteurDEssai cible) {
        return cible.metriques().corps().lines().filter(l -> l.startsWith("opi_calls_seconds_count{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static String identifiants() {
        return "parcoursup:" + MOT_DE_PASSE;
    }

    private static byte[] requete(String fichier) {
        return ConnecteurDEssai.requete(fichier);
    }

    private static HttpResponse<String> poster(String adresse, String identifiants, byte[] corps) {
        return ConnecteurDEssai.posterAvec(adresse, identifiants, null, corps);
    }
}
