package fr.opiconnector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.config.ConfigurationException;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up and the formations file: a malformed file or a missing explicit one stops the service. */
class ApplicationIT {

    @Test
    void a_malformed_formations_file_stops_the_start_naming_every_bad_line(@TempDir Path dossier) throws Exception {
        Path fichier = dossier.resolve("formations.csv");
        Files.writeString(fichier, Files.readString(ConnecteurDEssai.fichierFormations())
                + "7000;Licence Histoire;2500777;0350936;LHI1/1;;;;;\n7001;;2500778;0350936C;LHI2/1;;;;;\n");

        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase()) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> Application.demarrer(configuration(base, fichier.toString()), Clock.systemUTC()));

            assertTrue(e.getMessage().contains("line 12: uaiAffectation \"0350936\""), e.getMessage());
            assertTrue(e.getMessage().contains("line 13: libelle is empty"), e.getMessage());
            assertEquals(0, base.compter("SELECT COUNT(*) FROM formation"), "nothing loaded");
        }
    }

    @Test
    void an_explicit_formations_file_that_does_not_exist_stops_the_start(@TempDir Path dossier) {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase()) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> Application.demarrer(
                    configuration(base, dossier.resolve("absent.csv").toString()), Clock.systemUTC()));

            assertTrue(e.getMessage().startsWith("invalid configuration: OPI_FORMATIONS_FILE (opi.formations.file)"),
                    e.getMessage());
        }
    }

    @Test
    void closing_the_service_frees_its_port() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase()) {
            ConnectorConfig config = configuration(base, ConnecteurDEssai.fichierFormations().toString());
            Application.demarrer(config, Clock.systemUTC()).close();

            try (ServerSocket socket = new ServerSocket(config.httpPort(), 50, InetAddress.getLoopbackAddress())) {
                assertEquals(config.httpPort(), socket.getLocalPort());
            }
        }
    }

    private static ConnectorConfig configuration(MariaDbDEssai base, String formations) {
        return ConnectorConfig.charger(Optional.empty(), Map.of("OPI_FORMATIONS_FILE", formations,
                        "OPI_REMONTEES_PLANIFIEES", "false"))
                .avecBase(base.url(), MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse())
                .avecHttp("127.0.0.1", ConnecteurDEssai.portLibre());
    }
}
