package fr.opiconnector.cli;

import fr.opiconnector.remontee.Handshake;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** tester-connecteur: Parcoursup's fixed test request; exit status 0 on OK only. */
@Command(name = "tester-connecteur", description = "Send Parcoursup's \"Tester connecteur\" request and store the outcome. "
        + "Parcoursup sends no OPI, and the connector no remontée, before it succeeds.")
final class TesterConnecteurCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (CliServices services = CliServices.ouvrir(config.charger())) {
            Handshake resultat = services.handshake.tester("cli:" + System.getProperty("user.name"));
            spec.commandLine().getOut().println(StatutCommand.decrire(resultat));
            if (!resultat.resultat().reel()) {
                spec.commandLine().getOut().println("Last real outcome, still in force: "
                        + services.handshake.dernier().map(StatutCommand::decrire).orElse("never run"));
            }
            return resultat.resultat() == Handshake.Resultat.OK ? 0 : 1;
        }
    }
}
