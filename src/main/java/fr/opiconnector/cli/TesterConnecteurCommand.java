package fr.opiconnector.cli;

import java.io.PrintWriter;
import fr.opiconnector.remontee.Handshake;
import picocli.CommandLine.Command;

/** tester-connecteur: Parcoursup's fixed test request; exit status 0 on OK only. */
@Command(name = "tester-connecteur", description = "Send Parcoursup's \"Tester connecteur\" request and store the outcome. "
        + "Parcoursup sends no OPI, and the connector no remontée, before it succeeds.")
final class TesterConnecteurCommand extends SurLesServices {

    @Override
    Integer executer(CliServices services, PrintWriter out) {
        Handshake resultat = services.handshake.tester("cli:" + System.getProperty("user.name"));
        out.println(StatutCommand.decrire(resultat));
        if (!resultat.resultat().reel()) {
            out.println("Last real outcome, still in force: "
                    + services.handshake.dernier().map(StatutCommand::decrire).orElse("never run"));
        }
        return resultat.resultat() == Handshake.Resultat.OK ? 0 : 1;
    }
}
