package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** --config, shared by the commands that use the database or the server. */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file overriding the defaults (keys of config/opi-connector.properties); "
                    + "without this option, the file named by OPI_CONFIG. OPI_* environment variables win over it.")
    private Path fichier;

    ConnectorConfig charger() {
        return ConnectorConfig.charger(fichier(System.getenv()), System.getenv());
    }

    /** --config FILE, or the file OPI_CONFIG names: how a command finds the configuration the service uses. */
    Optional<Path> fichier(java.util.Map<String, String> environnement) {
        if (fichier != null) {
            return Optional.of(fichier);
        }
        String variable = environnement.getOrDefault("OPI_CONFIG", "");
        return variable.isBlank() ? Optional.empty() : Optional.of(Path.of(variable));
    }
}
