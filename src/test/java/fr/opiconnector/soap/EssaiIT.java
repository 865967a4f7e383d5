package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import fr.opiconnector.support.MariaDbDEssai;
import java.net.URI;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dry run: a configured test OPI code, or the X-Opi-Essai header, is checked and answered, and nothing is stored. */
class EssaiIT {

    private static MariaDbDEssai base;
    private static ConnecteurDEssai connecteur;

    @BeforeAll
    static void demarrer() {
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_ESSAI_CODES", "P260000042"));
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        base.close();
    }

    @BeforeEach
    void vider() {
        base.vider();
    }

    @Test
    void a_test_code_is_answered_like_a_real_call_journaled_as_a_test_and_stores_nothing() {
        Reponse reponse = connecteur.poster("apogee-client-v10-full.xml");

        assertTrue(reponse.reponseVide(), reponse.corps());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
        assertEquals(0, base.compter("SELECT COUNT(*) FROM voeu") + base.compter("SELECT COUNT(*) FROM historique"));
        assertEquals(List.of("P260000042 test"), base.lignes("SELECT CONCAT(cod_opi_int_epo, ' ', resultat) FROM journal"));
    }

    @Test
    void a_test_call_with_a_wrong_value_gets_the_same_fault_and_stores_nothing() {
        Reponse reponse = connecteur.poster("v10-sans-libNomPatIndOpi.xml");

        assertEquals("technical.parameter.noncoherentinput.libNomPatIndOpi", reponse.faultstring());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
        assertEquals(List.of("refused"), base.lignes("SELECT resultat FROM journal"));
    }

    @Test
    void the_header_turns_any_call_into_a_test_and_without_it_the_call_is_stored() throws Exception {
        HttpResponse<String> essai = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(connecteur.adresse()))
                .header("Content-Type", "text/xml; charset=utf-8").header("X-Opi-Essai", "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ConnecteurDEssai.requete("v10-minimal.xml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        long apresEssai = base.compter("SELECT COUNT(*) FROM individu");
        Reponse reelle = connecteur.poster("v10-minimal.xml");

        assertEquals(200, essai.statusCode(), essai.body());
        assertTrue(essai.body().contains("mettreajourDonneesOpi_v10Response"), essai.body());
        assertEquals(0, apresEssai, "nothing stored by the test");
        assertTrue(reelle.reponseVide(), reelle.corps());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = 'P260000100'"));
        assertEquals(List.of("test", "created"), base.lignes("SELECT resultat FROM journal ORDER BY id"));
    }

    @Test
    void an_older_version_in_a_dated_namespace_is_a_dry_run_too() throws Exception {
        HttpResponse<String> essai = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(connecteur.adresse()))
                .header("Content-Type", "text/xml; charset=utf-8").header("X-Opi-Essai", "1")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("config/samples/mettreajourDonneesOpi_v7.xml"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, essai.statusCode(), essai.body());
        assertTrue(essai.body().contains("mettreajourDonneesOpi_v7Response xmlns:ns2=\"gouv.education.apogee.commun"
                + ".servicesmetiers.OpiMetier_28072017\""), essai.body());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
        assertEquals(List.of("mettreajourDonneesOpi_v7 test"),
                base.lignes("SELECT CONCAT(operation, ' ', resultat) FROM journal"));
    }
}
