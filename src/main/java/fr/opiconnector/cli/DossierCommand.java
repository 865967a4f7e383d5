package fr.opiconnector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.opiconnector.reception.Champs;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.inscription.Offre;
import fr.opiconnector.reception.VoeuOpi;
import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.inscription.DossierInscription;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints what the connector holds for an OPI code, or for the INE or student number of a student already known.
 * Exit status 0 when found, 1 when not (or when several OPI codes carry that INE or number: they are listed).
 */
@Command(name = "dossier", description = "Print the stored individual, wishes, history and journal of an OPI code "
        + "(or of an INE, or a student number).")
final class DossierCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Parameters(paramLabel = "codOpiIntEpo", arity = "0..1", description = "The OPI code, e.g. P260000042.")
    private String code;

    @Option(names = "--ine", paramLabel = "INE", description = "Find the dossier by INE instead of the OPI code.")
    private String ine;

    @Option(names = "--etu", paramLabel = "NUMBER", description = "Find the dossier by student number (codEtuOpi).")
    private Integer etu;

    @Option(names = "--json", description = "Print the dossier as one JSON object.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        if ((code == null ? 0 : 1) + (ine == null ? 0 : 1) + (etu == null ? 0 : 1) != 1) {
            spec.commandLine().getErr().println("Give one of: an OPI code, --ine INE, --etu NUMBER.");
            return 2;
        }
        Optional<Dossier> dossier;
        try (CliServices services = CliServices.ouvrir(config.charger())) {
            if (code == null) {
                List<String> codes = services.inscriptions.codesPar(ine, etu);
                String quoi = ine != null ? "INE " + ine : "student number " + etu;
                if (codes.isEmpty()) {
                    spec.commandLine().getErr().println("No stored individual has the " + quoi + ".");
                    return 1;
                }
                if (codes.size() > 1) {
                    spec.commandLine().getErr().println(codes.size() + " OPI codes carry the " + quoi + " (one per "
                            + "admission campaign): " + String.join(", ", codes) + "; run: dossier <code>");
                    return 1;
                }
                code = codes.get(0);
            }
            dossier = services.dossiers.consulter(code);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (dossier.isEmpty()) {
            spec.commandLine().getErr().println("No OPI with code " + code + " has reached the connector.");
            return 1;
        }
        if (json) {
            out.println(Json.ecrire(dossier.get()));
        } else {
            imprimer(out, dossier.get());
        }
        return 0;
    }

    private void imprimer(PrintWriter out, Dossier dossier) {
        out.println("OPI " + code);
        if (dossier.individu() == null) {
            out.println("  no individual stored: every call for this code was refused (see the journal below)");
        } else {
            out.println("  received " + dossier.creeLe() + ", last changed " + dossier.modifieLe());
            out.println("  anomalies: " + (dossier.anomalies().isEmpty() ? "none" : String.join("; ", dossier.anomalies())));
            out.println();
            out.println("Individu");
            champs(out, "  ", Champs.aplatir("", DonneesIndividu.class, dossier.individu()));
            out.println();
            out.println("Voeux (" + dossier.voeux().size() + ")");
            for (Dossier.VoeuDossier voeu : dossier.voeux()) {
                VoeuOpi d = voeu.donnees();
                out.println("  " + d.cle() + "  " + voeu.etat() + "  decision " + voeu.decision() + "  rank " + d.numCls()
                        + (voeu.anomalies().isEmpty() ? "" : "  anomalies: " + String.join("; ", voeu.anomalies())));
                champs(out, "      ", Champs.aplatir("", VoeuOpi.class, d));
            }
            imprimerInscriptions(out, dossier.inscription());
            out.println();
            out.println("Historique (" + dossier.historique().size() + ")");
            for (Dossier.LigneHistorique h : dossier.historique()) {
                out.println("  " + h.horodatage() + "  call #" + h.journal() + "  " + h.evenement()
                        + (h.voeu() == null ? "" : " " + h.voeu())
                        + (h.champ() == null ? "" : "  " + h.champ() + ": " + h.ancienneValeur() + " -> " + h.nouvelleValeur()));
            }
        }
        out.println();
        out.println("Journal (" + dossier.journal().size() + ")");
        for (Dossier.LigneJournal j : dossier.journal()) {
            out.println("  #" + j.id() + "  " + j.recuLe() + "  " + j.operation() + "  " + j.resultat()
                    + (j.cleFaute() == null ? "" : " " + j.cleFaute()) + "  " + j.dureeMs() + " ms"
                    + (j.adresseAppelant() == null ? "" : "  from " + j.adresseAppelant()));
        }
    }

    private static void imprimerInscriptions(PrintWriter out, DossierInscription inscription) {
        out.println();
        out.println("Inscription");
        for (DossierInscription.VoeuInscription voeu : inscription.voeux()) {
            Offre offre = voeu.offre();
            out.println("  " + voeu.donnees().cle() + "  " + (offre.inscriptible() ? "can register" : "cannot register")
                    + " (" + offre.motif() + ")" + (offre.vet() == null ? "" : "  VET offered " + offre.vet())
                    + (offre.cursusAmenage() == null ? "" : "  cursus " + offre.cursusAmenage() + " (" + offre.dureeOuiSi() + " years)")
                    + (offre.codeFormationPsup() == null ? "" : "  formation " + offre.codeFormationPsup())
                    + (offre.anomalies().isEmpty() ? "" : "  anomalies: " + String.join("; ", offre.anomalies())));
            if (voeu.laissezPasser() != null) {
                out.println("      laissez-passer by " + voeu.laissezPasser().auteur() + " on "
                        + voeu.laissezPasser().accordeLe() + ": " + voeu.laissezPasser().motif());
            }
            if (voeu.inscription() != null) {
                DossierInscription.InscriptionVue ia = voeu.inscription();
                out.println("      IA on " + ia.vet() + ": state " + ia.etat().code() + " (" + ia.etat().libelle() + "), paid "
                        + ia.datePaiement() + (ia.motifAnnulation() == null ? "" : ", cancelled: " + ia.motifAnnulation())
                        + (ia.surVoeuFerme() ? ", registrar's IA (" + ia.auteur() + ") on a closed wish" : ""));
            }
        }
        for (DossierInscription.LaissezPasserVue lp : inscription.laissezPasserHorsVoeux()) {
            out.println("  laissez-passer on " + lp.vetVoeu() + " (no wish carries it) by " + lp.auteur() + " on "
                    + lp.accordeLe() + ": " + lp.motif() + (lp.actif() ? "" : "  withdrawn " + lp.retireLe())
                    + (lp.anomalies().isEmpty() ? "" : "  anomalies: " + String.join("; ", lp.anomalies())));
        }
    }

    private static void champs(PrintWriter out, String retrait, Map<String, String> champs) {
        List<Map.Entry<String, String>> renseignes = champs.entrySet().stream().filter(e -> e.getValue() != null).toList();
        for (Map.Entry<String, String> champ : renseignes) {
            out.println(retrait + champ.getKey() + ": " + champ.getValue());
        }
    }
}
