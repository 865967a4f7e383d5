package fr.opiconnector.inscription;

import fr.opiconnector.inscription.DossierInscription.InscriptionAAnnuler;
import fr.opiconnector.reception.Voeu;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The valid IAs a registrar must cancel by hand ({@link Inscription#aAnnuler}), each with why: read by the list of
 * the registrars and counted on the dashboard.
 */
public final class IasAAnnuler {

    private IasAAnnuler() {
    }

    public static List<InscriptionAAnnuler> lister(InscriptionRepository repository) {
        List<InscriptionAAnnuler> liste = new ArrayList<>();
        for (Inscription i : repository.valideesSurVoeuFerme()) {
            Voeu voeu = i.voeu();
            Instant fermeLe = repository.fermeLe(voeu);
            Optional<LaissezPasser> laissezPasser = repository.laissezPasserActif(voeu);
            if (!i.aAnnuler(fermeLe, laissezPasser.map(LaissezPasser::accordeLe))) {
                continue;
            }
            boolean retire = !voeu.estActif();
            String raison = retire ? "Le vœu ne figure plus dans l'OPI : l'inscription doit être annulée à la main."
                    : "Le vœu est devenu défavorable (désistement ou échec au bac) : l'inscription doit être "
                    + "annulée à la main, ou un laissez-passer accordé.";
            if (laissezPasser.isPresent()) {
                raison += " Un laissez-passer accordé avant la fermeture du vœu le couvre (" + laissezPasser.get()
                        .motif() + ") : vérifiez qu'il vaut toujours.";
            }
            liste.add(new InscriptionAAnnuler(voeu.individu().codOpiIntEpo(), Vet.de(voeu), i.vet(), i.etat(),
                    i.datePaiement(), voeu.donnees().codDecVeu(), voeu.etat().name(), retire ? "RETIRE" : "DEFAVORABLE",
                    raison, fermeLe, laissezPasser.isPresent()));
        }
        return liste;
    }
}
