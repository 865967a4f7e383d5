package fr.opiconnector.support;

import fr.opiconnector.cli.OpiConnectorCommand;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** Runs a command of the connector's command line in this JVM and keeps what it printed. */
public final class Commande {

    private Commande() {
    }

    /** The exit status and what the command printed on each stream. */
    public record Sortie(int statut, String out, String err) {
    }

    public static Sortie executer(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int statut = OpiConnectorCommand.executer(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
        return new Sortie(statut, out.toString(), err.toString());
    }

    /** The command with --config FILE after its arguments. */
    public static Sortie executer(Path configuration, String... arguments) {
        String[] avecConfiguration = Arrays.copyOf(arguments, arguments.length + 2);
        avecConfiguration[arguments.length] = "--config";
        avecConfiguration[arguments.length + 1] = configuration.toString();
        return executer(avecConfiguration);
    }

    /** The command with --config FILE, reading the given text as its standard input (a password, say). */
    public static Sortie executerAvecEntree(String entree, Path configuration, String... arguments) {
        String[] avecConfiguration = Arrays.copyOf(arguments, arguments.length + 2);
        avecConfiguration[arguments.length] = "--config";
        avecConfiguration[arguments.length + 1] = configuration.toString();
        return executerAvecEntree(entree, avecConfiguration);
    }

    /** The command reading the given text as its standard input. */
    public static Sortie executerAvecEntree(String entree, String... arguments) {
        InputStream clavier = System.in;
        System.setIn(new ByteArrayInputStream(entree.getBytes(StandardCharsets.UTF_8)));
        try {
            return executer(arguments);
        } finally {
            System.setIn(clavier);
        }
    }
}
