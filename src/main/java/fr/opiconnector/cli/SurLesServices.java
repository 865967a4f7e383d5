package fr.opiconnector.cli;

import java.io.PrintWriter;

/** A command on the service's database: its services opened for the command and closed after it. */
abstract class SurLesServices extends AvecConfiguration {

    @Override
    public final Integer call() throws Exception {
        try (CliServices services = CliServices.ouvrir(config.charger())) {
            return executer(services, spec.commandLine().getOut());
        }
    }

    /** The command's work; returns its exit status. */
    abstract Integer executer(CliServices services, PrintWriter out) throws Exception;
}
