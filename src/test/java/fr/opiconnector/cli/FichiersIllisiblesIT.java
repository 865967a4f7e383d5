package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.Commande;
import fr.opiconnector.support.Commande.Sortie;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing file, a directory, or a CSV a spreadsheet saved as Latin-1 gets one line naming the file and what to do,
 * exit status 2 — never a Java stack trace: `inscriptions import`, `formations reload --file`, the formations file at
 * start.
 */
class FichiersIllisiblesIT {

    private static MariaDbDEssai base;
    private static Path dossier;
    private static Path configuration;
    private static Path latin1;

    @BeforeAll
    static void preparer(@TempDir Path repertoire) throws Exception {
        base = MariaDbDEssai.nouvelleBase();
        dossier = repertoire;
        configuration = repertoire.resolve("opi.properties");
        Files.writeString(configuration, "opi.db.url=" + base.url() + "\nopi.db.user=" + MariaDbDEssai.utilisateur()
                + "\nopi.db.password=" + MariaDbDEssai.motDePasse() + "\n");
        assertEquals(0, Commande.executer(configuration, "migrate").statut());
        latin1 = repertoire.resolve("tableur.csv");
        Files.write(latin1, "codOpiIntEpo;codEtp;codVrsVet;etatInscription;datePaiement\n# payée à la rentrée\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    @AfterAll
    static void fermer() {
        base.close();
    }

    @Test
    void inscriptions_import_names_a_missing_a_latin1_file_or_a_directory_in_one_line() {
        Sortie absent = Commande.executer(configuration, "inscriptions", "import", dossier.resolve("absent.csv").toString());
        Sortie enLatin1 = Commande.executer(configuration, "inscriptions", "import", latin1.toString());
        Sortie repertoire = Commande.executer(configuration, "inscriptions", "import", dossier.toString());

        verifierUneLigne(absent, dossier.resolve("absent.csv") + ": no such file");
        verifierUneLigne(enLatin1, latin1 + ": not UTF-8");
        assertTrue(enLatin1.err().contains("enregistrez-le en UTF-8"), enLatin1.err());
        verifierUneLigne(repertoire, dossier + ": a directory, not a file");
    }

    @Test
    void formations_reload_and_the_start_name_a_latin1_formations_file_in_one_line() throws Exception {
        Path configurationLatin1 = dossier.resolve("opi-latin1.properties");
        Files.writeString(configurationLatin1, Files.readString(configuration) + "opi.formations.file=" + latin1
                + "\nopi.http.port=" + ConnecteurDEssai.portLibre() + "\n");

        Sortie recharge = Commande.executer(configuration, "formations", "reload", "--file", latin1.toString());
        Sortie demarrage = Commande.executer(configurationLatin1, "serve");

        verifierUneLigne(recharge, latin1 + ": not UTF-8");
        assertTrue(recharge.err().contains("enregistrez-le en UTF-8"), recharge.err());
        verifierUneLigne(demarrage, latin1 + ": not UTF-8");
    }

    private static void verifierUneLigne(Sortie sortie, String attendu) {
        assertEquals(2, sortie.statut(), sortie.out() + sortie.err());
        assertEquals(1, sortie.err().strip().lines().count(), sortie.err());
        assertTrue(sortie.err().contains(attendu), sortie.err());
        assertFalse(sortie.err().contains("Exception"), sortie.err());
    }
}
