package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers --help with its usage, exit status 0; `help <command>` does the same. */
class AideCommandesTest {

    @Test
    void every_command_and_subcommand_answers_help_with_its_usage() {
        List<List<String>> chemins = new ArrayList<>();
        chemins(new CommandLine(new OpiConnectorCommand()), new ArrayList<>(), chemins);
        assertTrue(chemins.size() > 30, "the whole tree: " + chemins);

        for (List<String> chemin : chemins) {
            List<String> arguments = new ArrayList<>(chemin);
            arguments.add("--help");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int statut = OpiConnectorCommand.executer(new PrintWriter(out, true), new PrintWriter(err, true),
                    arguments.toArray(String[]::new));

            assertEquals(0, statut, chemin + ": " + err);
            assertTrue(out.toString().startsWith("Usage: opi-connector " + String.join(" ", chemin)),
                    chemin + ": " + out);
        }
    }

    @Test
    void help_names_a_command_and_prints_its_usage() {
        StringWriter out = new StringWriter();

        int statut = OpiConnectorCommand.executer(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "help", "statut");

        assertEquals(0, statut);
        assertTrue(out.toString().startsWith("Usage: opi-connector statut"), out.toString());
    }

    private static void chemins(CommandLine commande, List<String> chemin, List<List<String>> chemins) {
        for (var sous : commande.getSubcommands().entrySet()) {
            if (sous.getKey().equals("help")) {
                continue;
            }
            List<String> suite = new ArrayList<>(chemin);
            suite.add(sous.getKey());
            chemins.add(suite);
            chemins(sous.getValue(), suite, chemins);
        }
    }
}
