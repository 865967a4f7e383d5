package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** config: the effective configuration, checked as at start, secrets masked. */
@Command(name = "config", description = "Print the effective configuration (key, value, where it comes from), "
        + "checked as at start; passwords are masked.")
final class ConfigCommand extends AvecConfiguration {

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ConnectorConfig.Entree entree : ConnectorConfig.effective(config.fichier(System.getenv()), System.getenv())) {
            out.println(entree.cle() + " = " + entree.valeur() + "    (" + entree.variable() + ", " + entree.origine() + ")");
        }
        return 0;
    }
}
