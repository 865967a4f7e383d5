package fr.opiconnector.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.config.ConfigurationException;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.support.MariaDbDEssai;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Schema version 7 on a database filled by an older version: identifiers that differ only by case or surrounding
 * spaces stop the migration, named, with nothing changed; once the operator has kept one of each, it applies.
 */
class MigrationIdentifiantsIT {

    private static final String H2 = "jdbc:h2:mem:%s;DB_CLOSE_DELAY=-1;MODE=MariaDB;DATABASE_TO_LOWER=TRUE";

    @Test
    void colliding_identifiers_on_mariadb_stop_the_migration_named_and_it_applies_once_they_are_corrected() {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase()) {
            String url = base.url();
            schemaVersion6(url, MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse());
            // What utf8mb4_unicode_ci let in: a leading space is significant to it, not to the new rule.
            inserer(url, MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse(), "P26001234", " P26001234", "LPH1",
                    " LPH1");
            ConnectorConfig config = configuration(url, MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse());

            ConfigurationException refus = assertThrows(ConfigurationException.class,
                    () -> Database.ouvrir(config, Database.Schema.MIGRER));

            String message = refus.getMessage();
            assertTrue(message.contains("OPI codes \" P26001234\", \"P26001234\""), message);
            assertTrue(message.contains("wishes of OPI P260012345 \"SCI/ LPH1/1\", \"SCI/LPH1/1\""), message);
            assertTrue(message.contains("logins \" gestion1\", \"gestion1\""), message);
            assertTrue(message.contains("one e-mail address for the accounts \"gestion2\", \"gestion1\""), message);
            assertTrue(message.contains("Nothing was changed"), message);
            assertFalse(message.contains("@"), "no e-mail address in the message: " + message);
            assertEquals(List.of("utf8mb4_unicode_ci"), base.lignes("SELECT DISTINCT collation_name FROM "
                    + "information_schema.columns WHERE table_schema = DATABASE() AND column_name = 'cod_opi_int_epo'"));

            corriger(url, MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse());
            try (Database database = Database.ouvrir(config, Database.Schema.MIGRER)) {
                assertTrue(database.schemaAJour());
            }
            assertEquals(List.of(IdentifiantsExacts.COLLATION), base.lignes("SELECT DISTINCT collation_name FROM "
                    + "information_schema.columns WHERE table_schema = DATABASE() AND column_name = 'cod_opi_int_epo'"));
            assertEquals(List.of("P26001234", "P260012345"),
                    base.lignes("SELECT cod_opi_int_epo FROM individu ORDER BY cod_opi_int_epo"));
        }
    }

    @Test
    void colliding_identifiers_on_h2_stop_the_migration_the_same_way() {
        String url = String.format(H2, "migration_" + System.nanoTime());
        schemaVersion6(url, "sa", "");
        // H2 compares exactly: case variants are separate rows there.
        inserer(url, "sa", "", "P26001234", "p26001234", "LPH1", "lph1");
        ConnectorConfig config = configuration(url, "sa", "");

        ConfigurationException refus = assertThrows(ConfigurationException.class,
                () -> Database.ouvrir(config, Database.Schema.MIGRER));

        String message = refus.getMessage();
        assertTrue(message.contains("OPI codes \"P26001234\", \"p26001234\""), message);
        assertTrue(message.contains("wishes of OPI P260012345 \"SCI/LPH1/1\", \"SCI/lph1/1\""), message);
        corriger(url, "sa", "");
        try (Database database = Database.ouvrir(config, Database.Schema.MIGRER)) {
            assertTrue(database.schemaAJour());
        }
    }

    private static void schemaVersion6(String url, String utilisateur, String motDePasse) {
        Flyway.configure().dataSource(url, utilisateur, motDePasse).locations("classpath:db/migration").target("6")
                .load().migrate();
    }

    private static void inserer(String url, String utilisateur, String motDePasse, String code, String autreCode,
            String etape, String autreEtape) {
        executer(url, utilisateur, motDePasse,
                individu(1, code), individu(2, autreCode), individu(3, "P260012345"),
                voeu(3, etape), voeu(3, autreEtape),
                compte("gestion1", "gestion1@univ.fr"), compte(" gestion1", "autre@univ.fr"),
                compte("gestion2", " GESTION1@univ.fr"));
    }

    /** What the operator does: keep one record of each. */
    private static void corriger(String url, String utilisateur, String motDePasse) {
        executer(url, utilisateur, motDePasse, "DELETE FROM individu WHERE id = 2",
                "DELETE FROM voeu WHERE cod_etp <> 'LPH1'",
                "DELETE FROM compte WHERE login <> 'gestion1' OR email <> 'gestion1@univ.fr'");
    }

    private static String individu(long id, String code) {
        return "INSERT INTO individu (id, cod_opi_int_epo, cree_le, modifie_le, version) VALUES (" + id + ", '" + code
                + "', NOW(), NOW(), 0)";
    }

    private static String voeu(long individu, String etape) {
        return "INSERT INTO voeu (individu_id, cod_cge, cod_etp, cod_vrs_vet, etat, cree_le, modifie_le) VALUES ("
                + individu + ", 'SCI', '" + etape + "', 1, 'ACTIF', NOW(), NOW())";
    }

    private static String compte(String login, String email) {
        return "INSERT INTO compte (login, email, profils, mot_de_passe, secret_totp, dernier_pas_totp, actif, echecs, "
                + "cree_le, version) VALUES ('" + login + "', '" + email + "', 'ADMINISTRATEUR', 'x', 'x', 0, TRUE, 0, "
                + "NOW(), 0)";
    }

    private static void executer(String url, String utilisateur, String motDePasse, String... instructions) {
        try (Connection connexion = DriverManager.getConnection(url, utilisateur, motDePasse);
                Statement requete = connexion.createStatement()) {
            for (String instruction : instructions) {
                requete.execute(instruction);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConnectorConfig configuration(String url, String utilisateur, String motDePasse) {
        return ConnectorConfig.charger(Optional.empty(), Map.of()).avecBase(url, utilisateur, motDePasse);
    }
}
