package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** config: the effective configuration, checked as at start, secrets masked. */
@Command(name = "config", description = "Print the effective configuration (key, value, where it comes from), "
        + "checked as at start; passwords are masked.")
final class ConfigCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ConnectorConfig.Entree entree : ConnectorConfig.effective(config.fichier(System.getenv()), System.getenv())) {
            out.println(entree.cle() + " = " + entree.valeur() + "    (" + entree.variable() + ", " + entree.origine() + ")");
        }
        return 0;
    }
}
