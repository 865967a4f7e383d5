package fr.opiconnector.cli;

import fr.opiconnector.inscription.Remontee;
import fr.opiconnector.inscription.Vet;
import fr.opiconnector.remontee.RemonteesService;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** remontees envoyer | liste | rejouer: the outbox of registration changes for Parcoursup. */
@Command(name = "remontees", description = "Send, list and replay the remontées to Parcoursup.",
        subcommands = {RemonteesCommand.Envoyer.class, RemonteesCommand.Liste.class, RemonteesCommand.Rejouer.class})
final class RemonteesCommand {

    @Command(name = "envoyer", description = "Send the pending remontées now (the service also does it every day).")
    static final class Envoyer extends SurLesServices {

        @Override
        Integer executer(CliServices services, PrintWriter out) {
            RemonteesService.Bilan bilan = services.remontees.envoyer("cli:" + System.getProperty("user.name"));
            out.println(bilan.envoyees() + " sent, " + bilan.echecs() + " set aside as failed, "
                    + bilan.reessais() + " retried, " + bilan.enAttente() + " still pending"
                    + (bilan.arret() == null ? "" : "; stopped: " + bilan.arret()));
            StatutCommand.decrireRetenues(bilan.retenues()).ifPresent(out::println);
            return bilan.arret() == null ? 0 : 1;
        }
    }

    @Command(name = "liste", description = "List the remontées: pending, sent and failed (nothing is ever deleted).")
    static final class Liste implements Callable<Integer> {

        private static final List<String> STATUTS = List.of(Remontee.EN_ATTENTE, Remontee.ENVOYEE, Remontee.ECHEC);

        @Mixin
        private ConfigOption config;

        @Option(names = "--statut", paramLabel = "EN_ATTENTE|ENVOYEE|ECHEC", description = "Only the rows in this state.")
        private String statut;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            if (statut != null && !STATUTS.contains(statut)) {
                throw new ParameterException(spec.commandLine(), "--statut: expected one of "
                        + String.join(", ", STATUTS) + ", not " + statut);
            }
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                List<Remontee> lignes = services.remontees.lister(Optional.ofNullable(statut));
                PrintWriter out = spec.commandLine().getOut();
                out.println(lignes.size() + " remontée(s)");
                Map<Long, Vet> vets = services.remontees.vets(lignes);
                for (Remontee r : lignes) {
                    out.println("  #" + r.id() + "  " + r.codOpiIntEpo() + "  " + vets.getOrDefault(r.id(), null)
                            + "  " + r.evenement() + " state " + r.etatInscription()
                            + "  " + r.statut() + "  written " + r.creeLe() + "  attempts " + r.tentatives()
                            + (r.envoyeLe() == null ? "" : "  sent " + r.envoyeLe())
                            + (r.prochainEssaiLe() == null ? "" : "  next try " + r.prochainEssaiLe())
                            + (r.dernierMessage() == null ? "" : "  last: " + r.dernierMessage()));
                }
                return 0;
            }
        }
    }

    @Command(name = "rejouer", description = "Put failed remontées back in the queue (sent at the next run).")
    static final class Rejouer implements Callable<Integer> {

        @Mixin
        private ConfigOption config;

        @ArgGroup(multiplicity = "1")
        private Cible cible;

        @Spec
        private CommandSpec spec;

        static final class Cible {
            @Parameters(paramLabel = "ID", description = "The failed row to replay.")
            private Long id;

            @Option(names = "--tous-echecs", description = "Every failed row.")
            private boolean tous;
        }

        @Override
        public Integer call() {
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                if (cible.tous) {
                    spec.commandLine().getOut().println(services.remontees.rejouerEchecs() + " failed remontée(s) back in the queue");
                    return 0;
                }
                Optional<String> avant = services.remontees.rejouer(cible.id);
                if (avant.isEmpty()) {
                    spec.commandLine().getErr().println("no such remontée: #" + cible.id + " (see remontees liste)");
                    return 1;
                }
                if (Remontee.ECHEC.equals(avant.get())) {
                    spec.commandLine().getOut().println("remontée #" + cible.id + " back in the queue");
                    return 0;
                }
                spec.commandLine().getErr().println("remontée #" + cible.id + " is " + avant.get() + ", not failed: "
                        + "nothing to replay");
                return 1;
            }
        }
    }
}
