package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** --config, shared by the commands that use the database or the server. */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file overriding the defaults (keys of config/opi-connector.properties). "
                    + "OPI_* environment variables win over it.")
    private Path fichier;

    ConnectorConfig charger() {
        return ConnectorConfig.charger(Optional.ofNullable(fichier), System.getenv());
    }
}
