package fr.opiconnector.cli;

import fr.opiconnector.inscription.DossierInscription.LaissezPasserVue;
import fr.opiconnector.journal.OpiRefuseeException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** laissez-passer accorder | retirer. */
@Command(name = "laissez-passer", description = "Grant or withdraw a laissez-passer on a wish.",
        subcommands = {LaissezPasserCommand.Accorder.class, LaissezPasserCommand.Retirer.class})
final class LaissezPasserCommand {

    /** What both operations take. */
    abstract static class Operation implements Callable<Integer> {

        @Mixin
        ConfigOption config;

        @Mixin
        VoeuParametres voeu;

        @Option(names = "--motif", required = true, description = "The reason, kept with the laissez-passer.")
        String motif;

        @Option(names = "--auteur", required = true, description = "Who decides (login of the registrar).")
        String auteur;

        @Spec
        CommandSpec spec;

        abstract LaissezPasserVue executer(CliServices services) throws OpiRefuseeException;

        @Override
        public Integer call() {
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                LaissezPasserVue lp = executer(services);
                spec.commandLine().getOut().println(voeu + ": laissez-passer " + (lp.actif() ? "active" : "withdrawn")
                        + " (granted by " + lp.auteur() + " on " + lp.accordeLe() + ")");
                return 0;
            } catch (OpiRefuseeException e) {
                return Refus.imprimer(spec, voeu.toString(), e);
            }
        }
    }

    @Command(name = "accorder", description = "Let the wish be registered on, whatever its decision.")
    static final class Accorder extends Operation {

        @Override
        LaissezPasserVue executer(CliServices services) throws OpiRefuseeException {
            return services.inscriptions.accorderLaissezPasser(voeu.code, voeu.codEtp, voeu.codVrsVet, motif, auteur,
                    services.appel("accorderLaissezPasser"));
        }
    }

    @Command(name = "retirer", description = "Withdraw the wish's active laissez-passer.")
    static final class Retirer extends Operation {

        @Override
        LaissezPasserVue executer(CliServices services) throws OpiRefuseeException {
            return services.inscriptions.retirerLaissezPasser(voeu.code, voeu.codEtp, voeu.codVrsVet, motif, auteur,
                    services.appel("retirerLaissezPasser"));
        }
    }
}
