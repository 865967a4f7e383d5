package fr.opiconnector.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.config.ConfigurationException;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.support.MariaDbDEssai;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Opening the production database: the schema is created once, and a database that would alter names is refused. */
class DatabaseIT {

    @Test
    void the_schema_is_created_then_found_up_to_date() {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase()) {
            ConnectorConfig config = configuration(base);

            assertThrows(ConfigurationException.class, () -> Database.ouvrir(config, Database.Schema.VERIFIER),
                    "the command line does not create the schema");
            try (Database database = Database.ouvrir(config, Database.Schema.MIGRER)) {
                assertTrue(database.produit().startsWith("MariaDB"), database.produit());
            }
            try (Database database = Database.ouvrir(config, Database.Schema.VERIFIER)) {
                assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
            }
        }
    }

    @Test
    void a_latin1_database_is_refused_before_anything_is_created() {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase("latin1")) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> Database.ouvrir(configuration(base), Database.Schema.MIGRER));

            assertTrue(e.getMessage().contains("uses the character set latin1"), e.getMessage());
            assertEquals(0, base.compter("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"));
        }
    }

    private static ConnectorConfig configuration(MariaDbDEssai base) {
        return ConnectorConfig.charger(Optional.empty(), Map.of())
                .avecBase(base.url(), MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse());
    }
}
