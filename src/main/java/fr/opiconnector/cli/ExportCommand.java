package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.export.Bilan;
import fr.opiconnector.export.ExportApogee;
import fr.opiconnector.export.ExportPegase;
import fr.opiconnector.export.LigneACompleter;
import fr.opiconnector.export.ExportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * export pegase|apogee --dir DIR: the stored OPIs as the import files of another student system. Read-only. Exit
 * status 0 when every row was written, 1 when rows were listed in the to-complete file instead, 2 when the directory
 * cannot be written (or the configuration is wrong).
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the stored OPIs as the import files of Pégase or Apogée.",
        subcommands = {ExportCommand.Pegase.class, ExportCommand.Apogee.class})
final class ExportCommand {

    static final int A_COMPLETER = 1;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int ECHEC = 2;
    /** The output names at most this many rows to complete (and reasons); the file has them all. */
    static final int LIGNES_AFFICHEES = 20;

    /** How one export writes its files from the stored OPIs. */
    @FunctionalInterface
    interface Export {
        Bilan exporter(ExportService exports, Path dossier, ConnectorConfig.ExportsConfig config) throws IOException;
    }

    abstract static class Sous implements Callable<Integer> {

        @Mixin
        private ConfigOption config;

        @Option(names = "--dir", required = true, paramLabel = "DIR",
                description = "Directory to write the files into (created when missing); files of a previous export "
                        + "there are replaced.")
        private Path dossier;

        @Spec
        private CommandSpec spec;

        abstract String nom();

        abstract Export export();

        /** After the files were written (the incremental Pégase export records its start). */
        void apres(ExportService exports, Bilan bilan) {
        }

        PrintWriter sortie() {
            return spec.commandLine().getOut();
        }

        CommandSpec spec() {
            return spec;
        }

        @Override
        public Integer call() {
            ConnectorConfig configuration = config.charger();
            try (CliServices services = CliServices.ouvrir(configuration)) {
                Bilan bilan = export().exporter(services.exports, dossier, configuration.exports());
                imprimer(bilan);
                apres(services.exports, bilan);
                if (!bilan.complet() && services.formations.toutes().isEmpty()) {
                    spec.commandLine().getOut().println("note: the database holds no formation mapping; load one with "
                            + "'formations reload' (the service loads the formations file at start)");
                }
                return bilan.complet() ? 0 : A_COMPLETER;
            } catch (IOException e) {
                return echec(e);
            } catch (UncheckedIOException e) {
                // A write failing half-way (a full disk): the partial files are removed, the previous ones stay.
                return echec(e.getCause());
            }
        }

        private int echec(IOException e) {
            spec.commandLine().getErr().println("export " + nom() + ": cannot write " + dossier + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); no file changed");
            return ECHEC;
        }

        private void imprimer(Bilan bilan) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("export " + nom() + " to " + dossier);
            for (Map.Entry<String, Integer> fichier : bilan.lignes().entrySet()) {
                out.println("  " + fichier.getKey() + ": " + fichier.getValue() + " row(s)");
            }
            if (bilan.complet()) {
                out.println("every row complete (" + bilan.fichierACompleter() + " is empty)");
                return;
            }
            List<LigneACompleter> lignes = bilan.aCompleter();
            out.println(lignes.size() + " row(s) to complete, listed in " + bilan.fichierACompleter() + "; by reason:");
            Map<String, Long> parRaison = lignes.stream().collect(Collectors.groupingBy(
                    l -> l.fichier() + ": " + l.raison(), TreeMap::new, Collectors.counting()));
            parRaison.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(LIGNES_AFFICHEES)
                    .forEach(r -> out.println("  " + r.getValue() + "  " + r.getKey()));
            if (parRaison.size() > LIGNES_AFFICHEES) {
                out.println("  … " + (parRaison.size() - LIGNES_AFFICHEES) + " other reason(s)");
            }
            out.println("first rows:");
            for (LigneACompleter ligne : lignes.subList(0, Math.min(LIGNES_AFFICHEES, lignes.size()))) {
                out.println("  " + ligne.fichier() + "  " + ligne.codOpiIntEpo()
                        + (ligne.vet().isEmpty() ? "" : "  " + ligne.vet()) + "  " + ligne.raison());
            }
            if (lignes.size() > LIGNES_AFFICHEES) {
                out.println("  … " + (lignes.size() - LIGNES_AFFICHEES) + " more in " + bilan.fichierACompleter());
            }
        }
    }

    @Command(name = "pegase", mixinStandardHelpOptions = true, description = "candidat.csv, candidature.csv, inscription.csv: the candidates who may "
            + "register (a wish still in the OPI with decision F or S), for Pégase's OPI import.")
    static final class Pegase extends Sous {

        /** The name the incremental export's last start is kept under. */
        static final String INCREMENTAL = "pegase";

        @Option(names = "--depuis", paramLabel = "YYYY-MM-DD[THH:MM]", description = "Only the candidates created or "
                + "changed since then (Europe/Paris), in files named after today: candidat-yyyyMMdd.csv, …")
        private String depuis;

        @Option(names = "--incremental", description = "Only the candidates created or changed since the previous "
                + "--incremental export (less opi.export.incremental.marge.secondes); all of them the first time. "
                + "Files named after today, as with --depuis.")
        private boolean incremental;

        private Instant debut;

        @Override
        String nom() {
            return "pegase";
        }

        @Override
        Export export() {
            return (exports, dossier, config) -> {
                if (depuis != null && incremental) {
                    throw new CommandLine.ParameterException(spec().commandLine(), "--depuis and --incremental exclude "
                            + "each other");
                }
                LocalDate aujourdhui = LocalDate.now(PARIS);
                if (depuis != null) {
                    return ExportPegase.exporter(exports, dossier, config.origineAdmission(), instant(depuis), aujourdhui);
                }
                if (!incremental) {
                    return ExportPegase.exporter(exports, dossier, config.origineAdmission());
                }
                debut = Instant.now();
                Instant borne = exports.dernierExport(INCREMENTAL).map(t -> t.minus(config.margeIncrementale()))
                        .orElse(Instant.EPOCH);
                sortie().println("incremental: candidates created or changed since " + (borne.equals(Instant.EPOCH)
                        ? "the beginning (first incremental export)" : borne));
                return ExportPegase.exporter(exports, dossier, config.origineAdmission(), borne, aujourdhui);
            };
        }

        @Override
        void apres(ExportService exports, Bilan bilan) {
            if (debut != null) {
                exports.noterExport(INCREMENTAL, debut);
            }
        }

        private Instant instant(String texte) {
            try {
                return texte.contains("T") ? LocalDateTime.parse(texte).atZone(PARIS).toInstant()
                        : LocalDate.parse(texte).atStartOfDay(PARIS).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec().commandLine(), "--depuis: expected a date YYYY-MM-DD or "
                        + "a time YYYY-MM-DDTHH:MM (Europe/Paris), got " + texte);
            }
        }
    }

    @Command(name = "apogee", mixinStandardHelpOptions = true, description = "candidats.opi and voeux.opi (F and S wishes), candidats-defavorables.opi "
            + "and voeux-defavorables.opi (D or withdrawn wishes): Apogée's flat OPI load files.")
    static final class Apogee extends Sous {

        @Option(names = "--annee", paramLabel = "YYYY", description = "The PERIODE (academic year) of the laissez-passer "
                + "file's lines; default: the campaign year of each OPI code (P26… → 2026).")
        private Integer annee;

        @Override
        String nom() {
            return "apogee";
        }

        @Override
        Export export() {
            return (exports, dossier, config) -> ExportApogee.exporter(exports, dossier, LocalDate.now(PARIS), annee);
        }
    }
}
