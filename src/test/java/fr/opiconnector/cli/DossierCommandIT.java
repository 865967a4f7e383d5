package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** `dossier <code>` against MariaDB, the database named in a --config file. */
class DossierCommandIT {

    private static MariaDbDEssai base;
    private static Path configuration;

    @BeforeAll
    static void preparer(@TempDir Path dossier) throws Exception {
        base = MariaDbDEssai.nouvelleBase();
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            connecteur.poster("apogee-client-v10-full.xml");
            connecteur.poster("v10-f-vers-d.xml");
            connecteur.poster("apogee-client-v10-nil-birthdate.xml");
        }
        configuration = dossier.resolve("opi.properties");
        Files.writeString(configuration, "opi.db.url=" + base.url() + "\nopi.db.user=" + MariaDbDEssai.utilisateur()
                + "\nopi.db.password=" + MariaDbDEssai.motDePasse() + "\n");
    }

    @AfterAll
    static void nettoyer() {
        base.close();
    }

    @Test
    void prints_the_individual_the_wishes_their_history_and_the_journal() {
        Sortie sortie = executer("dossier", "P260000042", "--config", configuration.toString());

        assertEquals(0, sortie.statut(), sortie.err());
        assertTrue(sortie.out().contains("etatCivil.libNomPatIndOpi: LEFÈVRE-D'ARC"), sortie.out());
        assertTrue(sortie.out().contains("anomalies: INE_INVALIDE"), sortie.out());
        assertTrue(sortie.out().contains("DRO/LDR1/1  ACTIF  decision D (défavorable)"), sortie.out());
        assertTrue(sortie.out().contains("VOEU_MODIFIE DRO/LDR1/1  codDecVeu: F -> D"), sortie.out());
        assertTrue(sortie.out().contains("mettreajourDonneesOpi_v10  updated"), sortie.out());
    }

    @Test
    void prints_the_same_as_json() throws Exception {
        Sortie sortie = executer("dossier", "P260000042", "--json", "--config", configuration.toString());

        assertEquals(0, sortie.statut(), sortie.err());
        JsonNode json = new ObjectMapper().readTree(sortie.out());
        assertEquals("Élodie", json.at("/individu/etatCivil/libPr1IndOpi").asText());
        assertEquals("S", json.at("/voeux/1/donnees/codDecVeu").asText());
        assertEquals("2", json.at("/voeux/1/donnees/codCatOuiSi").asText());
        assertEquals("F", json.at("/historique/3/ancienneValeur").asText());
        assertEquals(2, json.at("/journal").size());
    }

    @Test
    void a_refused_opi_shows_its_journal_only() {
        Sortie sortie = executer("dossier", "P260000043", "--config", configuration.toString());

        assertEquals(0, sortie.statut(), sortie.err());
        assertTrue(sortie.out().contains("no individual stored"), sortie.out());
        assertTrue(sortie.out().contains("refused technical.parameter.noncoherentinput.dateNaiIndOpi"), sortie.out());
    }

    @Test
    void an_unknown_code_exits_1() {
        Sortie sortie = executer("dossier", "P269999999", "--config", configuration.toString());

        assertEquals(1, sortie.statut());
        assertTrue(sortie.err().contains("No OPI with code P269999999"), sortie.err());
    }

    private static Sortie executer(String... arguments) {
        return Commande.executer(arguments);
    }

}
