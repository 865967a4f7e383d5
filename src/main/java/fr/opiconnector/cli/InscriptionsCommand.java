package fr.opiconnector.cli;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.inscription.Canal;
import fr.opiconnector.inscription.DossierInscription.InscriptionEnregistree;
import fr.opiconnector.common.Utf8File;
import fr.opiconnector.journal.OpiRefuseeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** inscriptions import: a registrar's batch of paid IAs, each row recorded on its own, with the same rules. */
@Command(name = "inscriptions", description = "Batch operations on IAs.", subcommands = InscriptionsCommand.Importer.class)
final class InscriptionsCommand {

    static final String ENTETE = "codOpiIntEpo;codEtp;codVrsVet;etatInscription;datePaiement";

    @Command(name = "import", description = "Record the paid IAs of a CSV file (" + ENTETE + "): one result line per "
            + "row; good rows are stored even when others are refused. Exit status 1 when a row was refused.")
    static final class Importer implements Callable<Integer> {

        @Mixin
        private ConfigOption config;

        @Parameters(paramLabel = "FILE", description = "UTF-8, ';' separated, header line " + ENTETE)
        private Path fichier;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<String> lignes = Utf8File.lignes(fichier);
            PrintWriter out = spec.commandLine().getOut();
            int enregistrees = 0;
            int refusees = 0;
            try (CliServices services = CliServices.ouvrir(config.charger())) {
                boolean entete = false;
                for (int i = 0; i < lignes.size(); i++) {
                    String ligne = lignes.get(i).strip();
                    String numero = "line " + (i + 1);
                    if (ligne.isEmpty() || ligne.startsWith("#")) {
                        continue;
                    }
                    if (!entete) {
                        entete = true;
                        if (!ligne.replace("\uFEFF", "").equals(ENTETE)) {
                            out.println(numero + ": refused, the header must be " + ENTETE);
                            return 1;
                        }
                        continue;
                    }
                    String[] c = ligne.split(";", -1);
                    Integer version = entier(c.length == 5 ? c[2] : null);
                    Integer etat = entier(c.length == 5 ? c[3] : null);
                    if (c.length != 5 || version == null || etat == null) {
                        out.println(numero + ": refused, expected 5 columns (" + ENTETE + ") with whole numbers for "
                                + "codVrsVet and etatInscription");
                        refusees++;
                        continue;
                    }
                    try (Appel appel = services.appel("enregistrerInscription")) {
                        InscriptionEnregistree r = services.inscriptions.enregistrer(c[0].strip(), c[1].strip(), version,
                                etat, c[4].strip(), Canal.GESTIONNAIRE.code(), System.getProperty("user.name"), appel);
                        out.println(numero + ": " + c[0].strip() + " " + c[1].strip() + "/" + version + " "
                                + r.resultat().code() + ", " + InscriptionCommand.decrire(r.inscription()));
                        enregistrees++;
                    } catch (OpiRefuseeException e) {
                        out.println(numero + ": " + c[0].strip() + " " + c[1].strip() + "/" + version + " refused, "
                                + e.cle() + ": " + e.getMessage());
                        refusees++;
                    }
                }
            }
            out.println(enregistrees + " row(s) recorded, " + refusees + " refused");
            return refusees == 0 ? 0 : 1;
        }

        private static Integer entier(String texte) {
            try {
                return texte == null ? null : Integer.valueOf(texte.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
