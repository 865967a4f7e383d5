package fr.opiconnector.cli;

import fr.opiconnector.database.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Creates or updates the database schema, then exits. */
@Command(name = "migrate", description = "Create or update the database schema, then exit (the service also does it at start).")
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = Database.ouvrir(config.charger(), Database.Schema.MIGRER)) {
            spec.commandLine().getOut().println("Schema up to date on " + database.produit());
        }
        return 0;
    }
}
