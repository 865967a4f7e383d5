package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.inscription.Formation;
import fr.opiconnector.inscription.FormationsInvalidesException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** formations reload: checks the formations file and replaces the mapping the service uses (no restart needed). */
@Command(name = "formations", description = "The Parcoursup formation ↔ VET mapping.",
        subcommands = FormationsCommand.Recharger.class)
final class FormationsCommand {

    private static boolean memeFichier(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    @Command(name = "reload", description = "Check the formations file and load it; a file with a bad line changes nothing.")
    static final class Recharger implements Callable<Integer> {

        @Mixin
        private ConfigOption config;

        @Option(names = "--file", paramLabel = "FILE", description = "The file to load (default: opi.formations.file).")
        private Path fichier;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ConnectorConfig configuration = config.charger();
            Path source = fichier == null ? configuration.fichierFormations() : fichier;
            try (CliServices services = CliServices.ouvrir(configuration)) {
                List<Formation> formations = services.formations.charger(source);
                spec.commandLine().getOut().println(formations.size() + " formation(s) loaded from " + source);
                spec.commandLine().getOut().println(memeFichier(source, configuration.fichierFormations())
                        ? "kept: the service loads this file at every start (opi.formations.file)"
                        : "note: the service loads " + configuration.fichierFormations() + " again at its next start: copy "
                                + source + " there to keep this mapping (or point opi.formations.file at it)");
                return 0;
            } catch (FormationsInvalidesException e) {
                spec.commandLine().getErr().println(e.getMessage());
                spec.commandLine().getErr().println("Nothing loaded: the mapping in use is unchanged.");
                return 1;
            }
        }
    }
}
