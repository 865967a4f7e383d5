package fr.opiconnector.cli;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.CompteRefuseException;
import fr.opiconnector.securite.ComptesService;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * comptes ajouter | liste | desactiver | reactiver | deverrouiller | reinitialiser: the admin accounts; the first
 * administrator is created this way. Nobody types another person's password: a new or reset account gets a one-time
 * activation link, e-mailed to its owner when an SMTP server is configured, and printed here in any case (to hand over
 * to the owner only, when no e-mail left).
 */
@Command(name = "comptes", description = "Manage the personal accounts of the admin side.",
        subcommands = {ComptesCommand.Ajouter.class, ComptesCommand.Liste.class, ComptesCommand.Desactiver.class,
            ComptesCommand.Reactiver.class, ComptesCommand.Deverrouiller.class, ComptesCommand.Reinitialiser.class})
final class ComptesCommand {

    /** Who runs a command: the journal's "cli:<user>". */
    private static String auteur() {
        return "cli:" + System.getProperty("user.name");
    }

    private static int refus(CommandSpec spec, CompteRefuseException e) {
        spec.commandLine().getErr().println("opi-connector: refused: " + e.getMessage());
        return 1;
    }

    /** The activation link, and where it went. */
    private static void lien(PrintWriter out, ComptesService.Invitation invitation) {
        out.println(invitation.envoye() ? "activation link e-mailed to the account's owner (valid 72 hours, once):"
                : "activation link NOT e-mailed (" + invitation.raison() + "): give it to the account's owner only "
                        + "(valid 72 hours, once):");
        out.println("  " + invitation.lien());
    }

    @Command(name = "ajouter", description = "Create an account: its owner activates it with the one-time link printed "
            + "here (and e-mailed when an SMTP server is configured), choosing their own password and second factor.")
    static final class Ajouter implements Callable<Integer> {

        @Mixin
        ConfigOption config;

        @Parameters(index = "0", description = "The login: 3 to 64 characters among a-z, 0-9, '.', '-', '_'.")
        String login;

        @Option(names = "--nom", required = true, description = "The person's first name and name.")
        String nom;

        @Option(names = "--email", required = true, description = "The person's own e-mail (unique: no shared account).")
        String email;

        @Option(names = "--telephone", description = "The person's mobile phone (optional).")
        String telephone;

        @Option(names = "--profil", required = true, split = ",", description = "administrateur, or gestionnaire and/or "
                + "technique (repeat the option or separate with commas).")
        List<String> profils;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Set<Profil> voulus = EnumSet.noneOf(Profil.class);
            try {
                profils.forEach(p -> voulus.add(Profil.depuisCode(p)));
            } catch (IllegalArgumentException e) {
                return refus(spec, new CompteRefuseException(e.getMessage()));
            }
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                ComptesService.Invitation invitation = services.comptes.ajouter(login, nom, email, telephone, voulus,
                        auteur());
                PrintWriter out = spec.commandLine().getOut();
                out.println("account " + invitation.login() + " created (" + voulus.stream().map(Profil::code)
                        .collect(Collectors.joining(", ")) + "), waiting for its owner's activation");
                lien(out, invitation);
                return 0;
            } catch (CompteRefuseException e) {
                return refus(spec, e);
            }
        }
    }

    @Command(name = "liste", description = "List the accounts: login, name, e-mail, profiles, state, last login.")
    static final class Liste implements Callable<Integer> {

        @Mixin
        ConfigOption config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                PrintWriter out = spec.commandLine().getOut();
                List<ComptesService.CompteVue> comptes = services.comptes.lister();
                if (comptes.isEmpty()) {
                    out.println("no account yet: create the first administrator with "
                            + "comptes ajouter <login> --nom <name> --email <e-mail> --profil administrateur");
                }
                for (ComptesService.CompteVue c : comptes) {
                    out.println(c.login() + "  " + c.nom() + "  " + c.email() + "  " + c.profils().stream()
                            .map(Profil::code).collect(Collectors.joining(",")) + "  " + etat(c)
                            + (c.verrouilleJusqua() != null ? " until " + c.verrouilleJusqua() : "")
                            + "  last login " + (c.derniereConnexion() == null ? "never" : c.derniereConnexion()));
                }
                return 0;
            }
        }

        private static String etat(ComptesService.CompteVue c) {
            return switch (c.etat()) {
                case EN_ATTENTE -> "waiting for activation";
                case ACTIF -> "active";
                case VERROUILLE -> "locked";
                case DESACTIVE -> "deactivated";
            };
        }
    }

    /** A change of one account by its login, said in one line; a refusal exits 1 with its reason. */
    abstract static class SurUnCompte implements Callable<Integer> {

        @Mixin
        ConfigOption config;

        @Parameters(index = "0", description = "The login.")
        String login;

        @Spec
        CommandSpec spec;

        /** Applies the change; returns what to print. */
        abstract String appliquer(ComptesService comptes) throws CompteRefuseException;

        @Override
        public Integer call() {
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                spec.commandLine().getOut().println(appliquer(services.comptes));
                return 0;
            } catch (CompteRefuseException e) {
                return refus(spec, e);
            }
        }
    }

    @Command(name = "desactiver", description = "Deactivate an account (kept, with its audit rows; it can no longer log "
            + "in; its open sessions end at once).")
    static final class Desactiver extends SurUnCompte {

        @Override
        String appliquer(ComptesService comptes) throws CompteRefuseException {
            comptes.desactiver(login, auteur());
            return "account " + login + " deactivated";
        }
    }

    @Command(name = "reactiver", description = "Reactivate a deactivated account, with its password and second factor "
            + "(reset it to give new ones).")
    static final class Reactiver extends SurUnCompte {

        @Override
        String appliquer(ComptesService comptes) throws CompteRefuseException {
            comptes.reactiver(login, auteur());
            return "account " + login + " reactivated";
        }
    }

    @Command(name = "deverrouiller", description = "Lift the lock of an account before its end (five failed logins "
            + "lock it for 15 minutes).")
    static final class Deverrouiller extends SurUnCompte {

        @Override
        String appliquer(ComptesService comptes) throws CompteRefuseException {
            comptes.deverrouiller(login, auteur());
            return "account " + login + " unlocked";
        }
    }

    @Command(name = "reinitialiser", description = "Reset an account (password or second factor lost, or feared "
            + "known): its password and second factor are cleared, its open sessions end at once, and its owner gets a "
            + "new one-time activation link (printed, and e-mailed when an SMTP server is configured).")
    static final class Reinitialiser extends SurUnCompte {

        @Override
        String appliquer(ComptesService comptes) throws CompteRefuseException {
            ComptesService.Invitation invitation = comptes.reinitialiser(login, auteur());
            java.io.StringWriter texte = new java.io.StringWriter();
            PrintWriter out = new PrintWriter(texte);
            out.println("account " + invitation.login() + " reset: its password and second factor no longer work, its "
                    + "sessions are ended");
            lien(out, invitation);
            out.flush();
            return texte.toString().stripTrailing();
        }
    }
}
