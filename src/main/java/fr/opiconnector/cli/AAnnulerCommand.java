package fr.opiconnector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.opiconnector.inscription.DossierInscription.InscriptionAAnnuler;
import fr.opiconnector.journal.OpiRefuseeException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** a-annuler: the valid IAs a registrar must cancel by hand (wish turned D or withdrawn, no laissez-passer). */
@Command(name = "a-annuler", description = "List the valid IAs whose wish has turned D or left the OPI.")
final class AAnnulerCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Option(names = "--json", description = "Print the list as JSON.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        try (CliServices services = CliServices.ouvrir(config.charger())) {
            List<InscriptionAAnnuler> liste = services.inscriptions.aAnnuler(services.appel("listerInscriptionsAAnnuler"));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.ecrire(liste));
                return 0;
            }
            out.println(liste.size() + " IA(s) to cancel by hand");
            for (InscriptionAAnnuler a : liste) {
                out.println("  " + a.codOpiIntEpo() + "  " + a.vetVoeu() + "  state " + a.etat().code() + ", paid "
                        + a.datePaiement() + "  " + a.raison() + " since " + a.depuisLe()
                        + (a.couverteParLaissezPasser() ? "  covered by a laissez-passer granted before the wish closed"
                                : "  no laissez-passer"));
            }
            return 0;
        } catch (OpiRefuseeException e) {
            return Refus.imprimer(spec, "a-annuler", e);
        }
    }
}
