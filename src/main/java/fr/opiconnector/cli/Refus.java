package fr.opiconnector.cli;

import fr.opiconnector.journal.OpiRefuseeException;
import picocli.CommandLine.Model.CommandSpec;

/** How a command reports a refused operation: one line on stderr with the fault key and the reason; status 1. */
final class Refus {

    private Refus() {
    }

    static int imprimer(CommandSpec spec, String quoi, OpiRefuseeException e) {
        spec.commandLine().getErr().println(quoi + ": refused, " + e.cle() + ": " + e.getMessage());
        return 1;
    }
}
