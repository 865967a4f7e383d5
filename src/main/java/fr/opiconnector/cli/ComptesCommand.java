package fr.opiconnector.cli;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.CompteRefuseException;
import fr.opiconnector.securite.ComptesService;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 * comptes ajouter | liste | desactiver | deverrouiller | mot-de-passe: the admin accounts; the first administrator is
 * created this way.
 */
@Command(name = "comptes", description = "Manage the personal accounts of the admin side.",
        subcommands = {ComptesCommand.Ajouter.class, ComptesCommand.Liste.class, ComptesCommand.Desactiver.class,
            ComptesCommand.Deverrouiller.class, ComptesCommand.MotDePasse.class})
final class ComptesCommand {

    /** Who runs a command: the journal's "cli:<user>". */
    private static String auteur() {
        return "cli:" + System.getProperty("user.name");
    }

    /** A password read from the terminal without echo, or from the first line of standard input. */
    private static String lireMotDePasse(String invite) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] lu = console.readPassword(invite, ComptesService.MOT_DE_PASSE_MIN);
            return lu == null ? "" : new String(lu);
        }
        String ligne = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return ligne == null ? "" : ligne.strip();
    }

    private static int refus(CommandSpec spec, CompteRefuseException e) {
        spec.commandLine().getErr().println("opi-connector: refused: " + e.getMessage());
        return 1;
    }

    @Command(name = "ajouter", description = "Create an account; the password is read from the terminal without echo, "
            + "or from the first line of standard input. Prints the TOTP secret to enrol in an authenticator app.")
    static final class Ajouter implements Callable<Integer> {

        @Mixin
        ConfigOption config;

        @Parameters(index = "0", description = "The login: 3 to 64 characters among a-z, 0-9, '.', '-', '_'.")
        String login;

        @Option(names = "--email", required = true, description = "The person's own e-mail (unique: no shared account).")
        String email;

        @Option(names = "--profil", required = true, split = ",", description = "administrateur, or gestionnaire and/or "
                + "technique (repeat the option or separate with commas).")
        List<String> profils;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Set<Profil> voulus = EnumSet.noneOf(Profil.class);
            try {
                profils.forEach(p -> voulus.add(Profil.depuisCode(p)));
            } catch (IllegalArgumentException e) {
                return refus(spec, new CompteRefuseException(e.getMessage()));
            }
            String motDePasse = lireMotDePasse("Password (at least %d characters): ");
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                ComptesService.NouveauCompte compte = services.comptes.ajouter(login, email, voulus, motDePasse, auteur());
                PrintWriter out = spec.commandLine().getOut();
                out.println("account " + compte.login() + " created (" + voulus.stream().map(Profil::code)
                        .collect(Collectors.joining(", ")) + ")");
                out.println("second factor: add this account to an authenticator app (shown once):");
                out.println("  secret " + compte.secretTotp());
                out.println("  " + compte.uriTotp());
                return 0;
            } catch (CompteRefuseException e) {
                return refus(spec, e);
            }
        }
    }

    @Command(name = "liste", description = "List the accounts: login, e-mail, profiles, state, last login.")
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
                            + "comptes ajouter <login> --email <e-mail> --profil administrateur");
                }
                for (ComptesService.CompteVue c : comptes) {
                    out.println(c.login() + "  " + c.email() + "  " + c.profils().stream().map(Profil::code)
                            .collect(Collectors.joining(",")) + "  " + (c.actif() ? "active" : "deactivated")
                            + (c.verrouilleJusqua() != null ? "  locked until " + c.verrouilleJusqua() : "")
                            + "  last login " + (c.derniereConnexion() == null ? "never" : c.derniereConnexion()));
                }
                return 0;
            }
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
        abstract String appliquer(ComptesService comptes) throws CompteRefuseException, IOException;

        /** What the change needs before the database is opened (a password typed), if anything. */
        void preparer() throws IOException {
        }

        @Override
        public Integer call() throws IOException {
            preparer();
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                spec.commandLine().getOut().println(appliquer(services.comptes));
                return 0;
            } catch (CompteRefuseException e) {
                return refus(spec, e);
            }
        }
    }

    @Command(name = "desactiver", description = "Deactivate an account (kept, with its audit rows; it can no longer log in).")
    static final class Desactiver extends SurUnCompte {

        @Override
        String appliquer(ComptesService comptes) throws CompteRefuseException {
            comptes.desactiver(login, auteur());
            return "account " + login + " deactivated";
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

    @Command(name = "mot-de-passe", description = "Set a new password for an account (read without echo, or from the "
            + "first line of standard input): its open sessions end at once, a lock is lifted; the TOTP secret stays.")
    static final class MotDePasse extends SurUnCompte {

        private String motDePasse;

        @Override
        void preparer() throws IOException {
            motDePasse = lireMotDePasse("New password (at least %d characters): ");
        }

        @Override
        String appliquer(ComptesService comptes) throws CompteRefuseException {
            comptes.changerMotDePasse(login, motDePasse, auteur());
            return "password of account " + login + " changed; its open sessions are ended";
        }
    }
}
