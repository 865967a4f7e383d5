package fr.opiconnector.service;

import fr.opiconnector.domain.DonneeInvalideException;
import fr.opiconnector.domain.Opi;
import fr.opiconnector.domain.OpiValidateur;
import fr.opiconnector.domain.Resultat;
import java.time.Clock;
import java.time.LocalDate;

/** What the OpiMetier endpoint hands a call to. */
public interface ReceptionOpi {

    /** Takes in one OPI: stored (or not) as a whole, or refused with a fault key. */
    Resultat recevoir(Opi opi, Appel appel) throws OpiRefuseeException;

    /** The checks every reception makes first: a value the contract does not allow is refused with its field's key. */
    static void valider(Opi opi, Clock horloge) throws OpiRefuseeException {
        try {
            OpiValidateur.valider(opi, LocalDate.now(horloge));
        } catch (DonneeInvalideException e) {
            throw new OpiRefuseeException(ClesFaute.DONNEE_INVALIDE + e.champ(), e.getMessage());
        }
    }
}
