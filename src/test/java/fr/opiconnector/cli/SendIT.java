package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** send: a request file posted to a running connector, the outcome in one line, exit status 0 on success only. */
class SendIT extends AvecConnecteur {

    @Test
    void the_sample_succeeds_and_is_stored() {
        Sortie sortie = send("config/samples/mettreajourDonneesOpi_v10.xml", "--url", connecteur.adresse());

        assertEquals(0, sortie.statut(), sortie.texte());
        assertEquals("success: HTTP 200 from " + connecteur.adresse(), sortie.texte().strip());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = 'P260012345'"));
    }

    @Test
    void without_url_it_posts_to_the_port_of_the_configuration_like_the_service(@TempDir Path repertoire)
            throws Exception {
        Path configuration = repertoire.resolve("opi.properties");
        Files.writeString(configuration, "opi.http.port=" + URI.create(connecteur.adresse()).getPort() + "\n");

        Sortie sortie = send("config/samples/mettreajourDonneesOpi_v10.xml", "--config", configuration.toString());

        assertEquals(0, sortie.statut(), sortie.texte());
        assertEquals("success: HTTP 200 from " + connecteur.adresse(), sortie.texte().strip());
    }

    @Test
    void a_dry_run_is_answered_and_stores_nothing() {
        Sortie sortie = send("config/samples/mettreajourDonneesOpi_v8.xml", "--url", connecteur.adresse(), "--dry-run");

        assertEquals(0, sortie.statut(), sortie.texte());
        assertTrue(sortie.texte().startsWith("success: HTTP 200 from " + connecteur.adresse() + " (dry run"), sortie.texte());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
        assertEquals(List.of("mettreajourDonneesOpi_v8 test"), base.lignes("SELECT CONCAT(operation, ' ', resultat) FROM journal"));
    }

    @Test
    void a_broken_request_prints_the_fault_key_and_message() throws URISyntaxException {
        Sortie sortie = send(requete("v10-sans-libNomPatIndOpi.xml"), "--url", connecteur.adresse());

        assertEquals(1, sortie.statut());
        assertTrue(sortie.texte().startsWith("fault technical.parameter.noncoherentinput.libNomPatIndOpi: "), sortie.texte());
        assertTrue(sortie.texte().strip().endsWith("(HTTP 500)"), sortie.texte());
        assertEquals(1, sortie.texte().strip().lines().count(), "one line");
    }

    @Test
    void an_unreachable_endpoint_and_a_missing_file_are_one_line_each() {
        Sortie injoignable = send("config/samples/mettreajourDonneesOpi_v10.xml", "--url",
                "http://127.0.0.1:" + ConnecteurDEssai.portLibre() + "/services/OpiMetier");
        Sortie absent = send("config/samples/absent.xml", "--url", connecteur.adresse());

        assertEquals(1, injoignable.statut());
        assertTrue(injoignable.texte().startsWith("failed: cannot reach http://127.0.0.1:"), injoignable.texte());
        assertEquals(2, absent.statut());
        assertEquals("opi-connector: no such file config/samples/absent.xml", absent.texte().strip());
    }

    private static String requete(String nom) throws URISyntaxException {
        return Path.of(SendIT.class.getResource("/requests/" + nom).toURI()).toString();
    }

    private static Sortie send(String fichier, String... options) {
        String[] arguments = new String[options.length + 2];
        arguments[0] = "send";
        arguments[1] = fichier;
        System.arraycopy(options, 0, arguments, 2, options.length);
        StringWriter sortie = new StringWriter();
        int statut = OpiConnectorCommand.executer(new PrintWriter(sortie, true), new PrintWriter(sortie, true), arguments);
        return new Sortie(statut, sortie.toString());
    }

    private record Sortie(int statut, String texte) {
    }
}
