package fr.opiconnector.cli;

import fr.opiconnector.retention.PurgeRepository.Comptes;
import fr.opiconnector.retention.PurgeService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** purge: deletes the personal data of closed campaigns, keeping the counts and the anonymised journal. */
@Command(name = "purge", description = "Delete the personal data of a closed campaign (individuals, wishes, history, "
        + "IAs, laissez-passer, remontées) and anonymise their journal rows; the counts are kept. Refused while a "
        + "remontée of theirs is pending or failed. Exit status 1 when refused.")
final class PurgeCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Option(names = "--campagne", paramLabel = "YYYY", description = "The campaign: the year in the OPI codes "
            + "(P25… is 2025), else the year the OPI was received. Closed from 1 January of the next year.")
    private Integer campagne;

    @Option(names = "--avant", paramLabel = "YYYY-MM-DD", description = "Only the individuals of closed campaigns "
            + "unchanged (OPI or IA) since before this date (Paris time).")
    private LocalDate avant;

    @Option(names = "--dry-run", description = "Say what would be deleted; delete nothing.")
    private boolean essai;

    @Option(names = "--abandonner-echecs", description = "Purge even when remontées of these individuals failed: "
            + "they will never reach Parcoursup.")
    private boolean echecsAbandonnes;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (campagne == null && avant == null) {
            throw new ParameterException(spec.commandLine(), "give --campagne YYYY, --avant YYYY-MM-DD, or both");
        }
        try (CliServices services = CliServices.ouvrir(config.charger())) {
            PurgeService.Critere critere = new PurgeService.Critere(Optional.ofNullable(campagne), Optional.ofNullable(avant));
            PurgeService.Bilan bilan;
            try {
                bilan = new PurgeService(services.database.emf(), Clock.systemUTC())
                        .purger(critere, essai, echecsAbandonnes, "cli:" + System.getProperty("user.name"));
            } catch (PurgeService.PurgeRefuseeException e) {
                spec.commandLine().getErr().println("purge refused, nothing deleted: " + e.getMessage());
                return 1;
            }
            Comptes c = bilan.comptes();
            PrintWriter out = spec.commandLine().getOut();
            out.println((essai ? "Dry run, nothing deleted: would delete " : "Deleted ") + c.individus() + " individual(s), "
                    + c.voeux() + " wish(es)" + (c.voeux() == 0 ? "" : " (by decision: " + PurgeService.parDecision(c) + ")")
                    + ", " + c.historique() + " history row(s), " + c.inscriptions() + " IA(s), " + c.laissezPasser()
                    + " laissez-passer, " + c.remontees() + " remontée(s); " + (essai ? "would anonymise " : "anonymised ")
                    + c.journal() + " journal row(s)");
            if (!essai && c.individus() > 0) {
                out.println("Kept: these counts (table purge_donnees), the anonymised journal and an audit row (PURGE)");
            }
            return 0;
        }
    }
}
