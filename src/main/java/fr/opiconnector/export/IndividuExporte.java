package fr.opiconnector.export;

import fr.opiconnector.reception.Decision;
import fr.opiconnector.reception.Voeu;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.inscription.Formation;
import fr.opiconnector.inscription.Vet;
import fr.opiconnector.reception.VoeuOpi;
import java.util.List;
import java.util.Optional;

/**
 * One stored individual as the exports see it: its data as last received and every wish (withdrawn ones included),
 * in wish-key order, each with the formation of the mapping that holds its VET, if any.
 */
public record IndividuExporte(DonneesIndividu individu, List<VoeuExporte> voeux, List<Vet> laissezPasser) {

    /** laissezPasser: the VETs of the active laissez-passer, a wish's or any other VET of the offer. */
    public IndividuExporte {
        voeux = List.copyOf(voeux);
        laissezPasser = List.copyOf(laissezPasser);
    }

    public String codOpiIntEpo() {
        return individu.codOpiIntEpo();
    }

    /** A stored wish: its data, whether it is still in the OPI's list, and its formation in the mapping. */
    public record VoeuExporte(VoeuOpi donnees, boolean actif, Formation formation) {

        public Optional<Formation> formationMappee() {
            return Optional.ofNullable(formation);
        }

        public Optional<Decision> decision() {
            return Decision.depuisCode(donnees.codDecVeu());
        }

        /** Still in the OPI with a decision that opens registration: the candidate may register on it. */
        public boolean inscriptible() {
            return !defavorable();
        }

        /** A closed wish ({@link Voeu#ferme}): the operational note's unfavourable wishes. */
        public boolean defavorable() {
            return Voeu.ferme(actif, decision());
        }

        public Vet vet() {
            return new Vet(donnees.codEtp(), donnees.codVrsVet());
        }
    }
}
