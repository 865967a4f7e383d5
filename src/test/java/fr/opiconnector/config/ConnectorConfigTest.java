package fr.opiconnector.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorConfigTest {

    @Test
    void with_nothing_configured_it_listens_locally_on_8080_with_the_embedded_database_in_data() {
        ConnectorConfig config = ConnectorConfig.charger(Optional.empty(), Map.of());

        assertEquals("127.0.0.1", config.httpHost());
        assertEquals(8080, config.httpPort());
        assertTrue(config.baseEmbarquee());
        assertTrue(config.urlEffective().startsWith("jdbc:h2:file:"), config.urlEffective());
        assertTrue(config.urlEffective().contains("MODE=MariaDB"), config.urlEffective());
        assertTrue(config.urlEffective().contains("AUTO_SERVER=TRUE"), config.urlEffective());
        assertEquals(Path.of("./data"), config.dataDir());
        assertEquals(Duration.ofSeconds(5), config.dbConnectTimeout());
    }

    @Test
    void environment_variables_win_over_the_file(@TempDir Path dossier) throws Exception {
        Path fichier = dossier.resolve("opi.properties");
        Files.writeString(fichier, "opi.http.port=9000\nopi.db.url=jdbc:mariadb://db:3306/opi\nopi.db.user=opi\n");

        ConnectorConfig config = ConnectorConfig.charger(Optional.of(fichier), Map.of("OPI_HTTP_PORT", "9100"));

        assertEquals(9100, config.httpPort());
        assertEquals("jdbc:mariadb://db:3306/opi", config.urlEffective());
        assertEquals("opi", config.dbUser());
    }

    @Test
    void a_wrong_value_is_one_line_naming_the_variable_and_the_expected_form() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConnectorConfig.charger(Optional.empty(), Map.of("OPI_DB_POOL_SIZE", "0")));

        assertEquals("invalid configuration: OPI_DB_POOL_SIZE (opi.db.pool.size) = \"0\": expected an integer from 1 to 200",
                e.getMessage());
    }

    @Test
    void credentials_checked_against_a_hashed_password_are_remembered_300_s_by_default_and_at_most_a_day() {
        assertEquals(Duration.ofSeconds(300), ConnectorConfig.charger(Optional.empty(), Map.of()).securite()
                .dureeCacheMotDePasse());
        assertEquals(Duration.ZERO, ConnectorConfig.charger(Optional.empty(), Map.of("OPI_WS_PASSWORD_CACHE_SECONDS", "0"))
                .securite().dureeCacheMotDePasse());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ConnectorConfig.charger(
                Optional.empty(), Map.of("OPI_WS_PASSWORD_CACHE_SECONDS", "86401")));

        assertTrue(e.getMessage().contains("OPI_WS_PASSWORD_CACHE_SECONDS"), e.getMessage());
    }

    @Test
    void the_database_password_can_come_from_a_secret_file(@TempDir Path dossier) throws Exception {
        Path secret = dossier.resolve("db_password");
        Files.writeString(secret, "mot-de-passe-base\n");

        ConnectorConfig config = ConnectorConfig.charger(Optional.empty(), Map.of("OPI_DB_PASSWORD", "ignored",
                "OPI_DB_PASSWORD_FILE", secret.toString()));
        ConfigurationException absent = assertThrows(ConfigurationException.class, () -> ConnectorConfig.charger(
                Optional.empty(), Map.of("OPI_DB_PASSWORD_FILE", dossier.resolve("absent").toString())));

        assertEquals("mot-de-passe-base", config.dbPassword());
        assertTrue(absent.getMessage().startsWith("invalid configuration: OPI_DB_PASSWORD_FILE (opi.db.password.file)"),
                absent.getMessage());
    }

    @Test
    void the_admin_listener_is_off_by_default_and_must_not_take_the_service_port() {
        ConfigurationException memePort = assertThrows(ConfigurationException.class, () -> ConnectorConfig.charger(
                Optional.empty(), Map.of("OPI_ADMIN_PORT", "8080")));

        assertTrue(ConnectorConfig.charger(Optional.empty(), Map.of()).admin().isEmpty());
        assertEquals(new ConnectorConfig.AdminConfig("127.0.0.1", 9090),
                ConnectorConfig.charger(Optional.empty(), Map.of("OPI_ADMIN_PORT", "9090")).admin().orElseThrow());
        assertEquals(new ConnectorConfig.AdminConfig("10.0.0.5", 9090), ConnectorConfig.charger(Optional.empty(),
                Map.of("OPI_ADMIN_PORT", "9090", "OPI_ADMIN_HOST", "10.0.0.5")).admin().orElseThrow());
        assertEquals("invalid configuration: OPI_ADMIN_PORT (opi.admin.port) = \"8080\": expected a port other than "
                + "opi.http.port, or 0 for none", memePort.getMessage());
    }

    @Test
    void refusals_before_authentication_are_aggregated_over_a_minute_unless_set_from_1_to_3600_seconds() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConnectorConfig.charger(Optional.empty(), Map.of("OPI_WS_REFUSALS_PERIOD_SECONDS", "3601")));

        assertEquals("invalid configuration: OPI_WS_REFUSALS_PERIOD_SECONDS (opi.ws.refusals.period.seconds) = \"3601\": "
                + "expected an integer from 1 to 3600", e.getMessage());
        assertThrows(ConfigurationException.class,
                () -> ConnectorConfig.charger(Optional.empty(), Map.of("OPI_WS_REFUSALS_PERIOD_SECONDS", "0")));
        assertEquals(java.time.Duration.ofSeconds(60),
                ConnectorConfig.charger(Optional.empty(), Map.of()).securite().periodeRefus());
        assertEquals(java.time.Duration.ofSeconds(5), ConnectorConfig.charger(Optional.empty(),
                Map.of("OPI_WS_REFUSALS_PERIOD_SECONDS", "5")).securite().periodeRefus());
    }

    @Test
    void a_wrong_value_in_the_file_names_the_key_and_the_file(@TempDir Path dossier) throws Exception {
        Path fichier = dossier.resolve("opi.properties");
        Files.writeString(fichier, "opi.db.url=postgres://db/opi\n");

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConnectorConfig.charger(Optional.of(fichier), Map.of()));

        assertTrue(e.getMessage().startsWith("invalid configuration: opi.db.url in " + fichier), e.getMessage());
    }

    @Test
    void an_unknown_key_in_the_file_is_refused(@TempDir Path dossier) throws Exception {
        Path fichier = dossier.resolve("opi.properties");
        Files.writeString(fichier, "opi.http.prot=9000\n");

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConnectorConfig.charger(Optional.of(fichier), Map.of()));

        assertTrue(e.getMessage().startsWith("unknown key opi.http.prot"), e.getMessage());
    }

    @Test
    void without_credentials_the_service_refuses_to_listen_beyond_this_machine() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConnectorConfig.charger(Optional.empty(), Map.of("OPI_HTTP_HOST", "0.0.0.0")));

        assertEquals("invalid configuration: OPI_HTTP_HOST (opi.http.host) = \"0.0.0.0\": listening beyond this machine "
                + "requires credentials: set OPI_WS_USER and OPI_WS_PASSWORD (or OPI_WS_PASSWORD_FILE), or mutual TLS, or "
                + "listen on 127.0.0.1", e.getMessage());
        assertTrue(ConnectorConfig.charger(Optional.empty(), Map.of("OPI_HTTP_HOST", "0.0.0.0", "OPI_WS_USER", "parcoursup",
                "OPI_WS_PASSWORD", "s3cret")).securite().authentification());
    }

    @Test
    void a_user_without_a_password_is_refused_and_no_password_is_ever_printed() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ConnectorConfig.charger(Optional.empty(), Map.of("OPI_WS_PASSWORD", "s3cret")));

        assertTrue(e.getMessage().startsWith("invalid configuration: OPI_WS_USER (opi.ws.user)"), e.getMessage());
        String texte = ConnectorConfig.charger(Optional.empty(), Map.of("OPI_WS_USER", "u", "OPI_WS_PASSWORD", "s3cret",
                "OPI_DB_PASSWORD", "db-s3cret", "OPI_PARCOURSUP_PASSWORD", "psup-s3cret")).toString();
        assertFalse(texte.contains("s3cret"), texte);
    }

    @Test
    void the_effective_configuration_names_each_origin_and_masks_passwords(@TempDir Path dossier) throws Exception {
        Path fichier = dossier.resolve("opi.properties");
        Files.writeString(fichier, "opi.http.port=9000\n");

        Map<String, ConnectorConfig.Entree> entrees = ConnectorConfig.effective(Optional.of(fichier),
                Map.of("OPI_DB_PASSWORD", "db-s3cret", "OPI_DB_USER", "opi")).stream()
                .collect(java.util.stream.Collectors.toMap(ConnectorConfig.Entree::cle, e -> e));

        assertEquals(new ConnectorConfig.Entree("opi.http.port", "OPI_HTTP_PORT", "9000", "file " + fichier),
                entrees.get("opi.http.port"));
        assertEquals(new ConnectorConfig.Entree("opi.db.password", "OPI_DB_PASSWORD", "***", "environment"),
                entrees.get("opi.db.password"));
        assertEquals("default", entrees.get("opi.http.host").origine());
        assertTrue(entrees.containsKey("opi.remontees.heure"));
    }

    @Test
    void every_key_has_its_environment_variable() {
        assertEquals("OPI_DB_CONNECT_TIMEOUT_SECONDS", ConnectorConfig.variable("opi.db.connect.timeout.seconds"));
        assertEquals("OPI_DATA_DIR", ConnectorConfig.variable("opi.data.dir"));
    }
}
