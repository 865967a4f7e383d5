package fr.opiconnector.cli;

import fr.opiconnector.remontee.RemonteeRepository;
import fr.opiconnector.remontee.Handshake;
import fr.opiconnector.remontee.RemonteesService;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** statut: the last "Tester connecteur" and the remontées backlog, in plain words. */
@Command(name = "statut", description = "Show the last \"Tester connecteur\" result and the remontées outbox.")
final class StatutCommand extends SurLesServices {

    @Override
    Integer executer(CliServices services, PrintWriter out) {
        RemonteesService.Etat etat = services.remontees.etat();
        out.println("Tester connecteur: " + etat.dernierHandshake().map(StatutCommand::decrire).orElse("never run"));
        etat.nonParvenu().ifPresent(h -> out.println("  since then: " + decrire(h)));
        out.println("Remontées: " + etat.enAttente() + " pending"
                + etat.plusAncienneEnAttente().map(t -> " (oldest written " + t + ")").orElse("")
                + ", " + etat.echecs() + " failed, " + etat.envoyees() + " sent");
        if (etat.bloquees() && etat.enAttente() > 0) {
            out.println("  not sent: no successful \"Tester connecteur\" yet; run: tester-connecteur");
        }
        decrireRetenues(etat.retenues()).ifPresent(out::println);
        if (etat.echecs() > 0) {
            out.println("  failed rows: remontees liste --statut ECHEC; replay with remontees rejouer <id> or --tous-echecs");
        }
        return 0;
    }

    /** Why pending rows stay: a failed row of the same candidate comes first; which rows to replay. */
    static java.util.Optional<String> decrireRetenues(RemonteeRepository.Retenues retenues) {
        if (retenues.nombre() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("  " + retenues.nombre() + " pending held behind a failed remontée of the same "
                + "candidate (a candidate's remontées go in order): fix and replay "
                + retenues.echecsARejouer().stream().map(id -> "#" + id).collect(java.util.stream.Collectors.joining(", "))
                + " with remontees rejouer <id>");
    }

    static String decrire(Handshake h) {
        String quoi = switch (h.resultat()) {
            case OK -> "OK: Parcoursup accepted the test request";
            case NOK -> "NOK: Parcoursup refused the test request";
            case ERREUR -> "ERROR: no answer from Parcoursup";
            case A_REFAIRE -> "TO REDO: Parcoursup refused the credentials during the remontées";
            case NON_PARVENU -> "NOT REACHED: the request never reached Parcoursup (a local configuration or network "
                    + "error; the last real outcome stands)";
        };
        return quoi + " (" + h.effectueLe() + (h.httpStatus() == null ? "" : ", HTTP " + h.httpStatus())
                + (h.message() == null || h.message().isBlank() ? "" : ", message: " + h.message()) + ")";
    }
}
