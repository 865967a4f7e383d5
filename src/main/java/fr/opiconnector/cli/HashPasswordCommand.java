package fr.opiconnector.cli;

import fr.opiconnector.securite.MotDePasse;
import fr.opiconnector.securite.ComptesService;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** hash-password: reads a password (without echo on a terminal, or one line of stdin) and prints its salted hash. */
@Command(name = "hash-password", description = "Print the salted hash of a password (at least 12 characters), for "
        + "OPI_WS_PASSWORD; the password is read from the terminal without echo, or from the first line of standard input.")
final class HashPasswordCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = System.console();
        String motDePasse;
        if (console != null) {
            char[] lu = console.readPassword("Password: ");
            motDePasse = lu == null ? "" : new String(lu);
        } else {
            String ligne = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            motDePasse = ligne == null ? "" : ligne.strip();
        }
        if (motDePasse.isEmpty()) {
            spec.commandLine().getErr().println("opi-connector: no password given");
            return 2;
        }
        if (motDePasse.length() < ComptesService.MOT_DE_PASSE_MIN) {
            spec.commandLine().getErr().println("opi-connector: password too short: at least "
                    + ComptesService.MOT_DE_PASSE_MIN + " characters, as for admin accounts");
            return 2;
        }
        spec.commandLine().getOut().println(MotDePasse.hacher(motDePasse));
        return 0;
    }
}
