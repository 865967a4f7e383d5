package fr.opiconnector.cli;

import fr.opiconnector.database.Database;
import picocli.CommandLine.Command;

/** Creates or updates the database schema, then exits. */
@Command(name = "migrate", description = "Create or update the database schema, then exit (the service also does it at start).")
final class MigrateCommand extends AvecConfiguration {

    @Override
    public Integer call() {
        try (Database database = Database.ouvrir(config.charger(), Database.Schema.MIGRER)) {
            spec.commandLine().getOut().println("Schema up to date on " + database.produit());
        }
        return 0;
    }
}
