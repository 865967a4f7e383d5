package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.Commande;
import fr.opiconnector.support.Commande.Sortie;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration file that cannot be read, or a database host whose name does not resolve, is said in one line. */
class ConfigurationIllisibleIT {

    @Test
    void a_missing_configuration_file_is_named_with_why_it_cannot_be_read(@TempDir Path dossier) {
        Path absent = dossier.resolve("absent.properties");

        Sortie sortie = Commande.executer(absent, "statut");

        assertEquals(2, sortie.statut());
        assertTrue(sortie.err().contains("cannot read the configuration file " + absent + ": no such file"), sortie.err());
        assertEquals(1, sortie.err().strip().lines().count(), sortie.err());
    }

    @Test
    void a_database_host_whose_name_does_not_resolve_is_said_so(@TempDir Path dossier) throws Exception {
        Path configuration = dossier.resolve("opi.properties");
        Files.writeString(configuration, "opi.db.url=jdbc:mariadb://base-inconnue.invalid:3306/opi\n"
                + "opi.db.connect.timeout.seconds=2\n");

        Sortie sortie = Commande.executer(configuration, "statut");

        assertEquals(2, sortie.statut(), sortie.out() + sortie.err());
        assertTrue(sortie.err().contains("base-inconnue.invalid") && sortie.err().contains("does not resolve"),
                sortie.err());
        assertFalse(sortie.err().contains("\tat "), "no stack trace: " + sortie.err());
    }
}
