package fr.opiconnector.cli;

import fr.opiconnector.inscription.Canal;
import fr.opiconnector.journal.Resultat;
import fr.opiconnector.inscription.DossierInscription.InscriptionEnregistree;
import fr.opiconnector.inscription.DossierInscription.InscriptionVue;
import fr.opiconnector.journal.OpiRefuseeException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** inscription enregistrer | annuler: the registrar's IA operations, with the rules of the DossierOpi service. */
@Command(name = "inscription", description = "Record a paid IA or cancel one.",
        subcommands = {InscriptionCommand.Enregistrer.class, InscriptionCommand.Annuler.class})
final class InscriptionCommand {

    @Command(name = "enregistrer", description = "Record a paid IA on a wish (same rules as enregistrerInscription).")
    static final class Enregistrer implements Callable<Integer> {

        @Mixin
        private ConfigOption config;

        @Mixin
        private VoeuParametres voeu;

        @Option(names = "--etat", required = true, paramLabel = "1|2|4|5",
                description = "1 principale, 2 double cursus, 4 parallèle, 5 parallèle secondaire.")
        private Integer etat;

        @Option(names = "--date-paiement", required = true, paramLabel = "DDMMYYYY", description = "Payment date.")
        private String datePaiement;

        @Option(names = "--auteur", paramLabel = "LOGIN", description = "The registrar recording the IA (default: the "
                + "system user). The command line registers as a registrar (canal gestionnaire): a D or withdrawn wish "
                + "may be registered on, and the IA is flagged.")
        private String auteur = System.getProperty("user.name");

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                InscriptionEnregistree resultat = services.inscriptions.enregistrer(voeu.code, voeu.codEtp, voeu.codVrsVet,
                        etat, datePaiement, Canal.GESTIONNAIRE.code(), auteur, services.appel("enregistrerInscription"));
                spec.commandLine().getOut().println(voeu + ": " + decrire(resultat.inscription()) + " ("
                        + resultat.resultat().code() + ")");
                return 0;
            } catch (OpiRefuseeException e) {
                return Refus.imprimer(spec, voeu.toString(), e);
            }
        }
    }

    @Command(name = "annuler", description = "Cancel the IA of a wish (state 3, reported to Parcoursup).")
    static final class Annuler implements Callable<Integer> {

        @Mixin
        private ConfigOption config;

        @Mixin
        private VoeuParametres voeu;

        @Option(names = "--motif", required = true, description = "Why the IA is cancelled.")
        private String motif;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                InscriptionEnregistree ia = services.inscriptions.annuler(voeu.code, voeu.codEtp, voeu.codVrsVet, motif,
                        services.appel("annulerInscription"));
                spec.commandLine().getOut().println(voeu + ": " + decrire(ia.inscription()) + " ("
                        + (ia.resultat() == Resultat.UNCHANGED ? "unchanged: the IA was already cancelled"
                                : ia.resultat().code()) + ")");
                return 0;
            } catch (OpiRefuseeException e) {
                return Refus.imprimer(spec, voeu.toString(), e);
            }
        }
    }

    static String decrire(InscriptionVue ia) {
        return "IA on " + ia.vet() + ", state " + ia.etat().code() + " (" + ia.etat().libelle() + "), paid "
                + ia.datePaiement() + (ia.cursusAmenage() == null ? "" : ", cursus aménagé " + ia.cursusAmenage())
                + (ia.surVoeuFerme() ? ", registrar's IA (" + ia.auteur() + ") on a closed wish" : "");
    }
}
