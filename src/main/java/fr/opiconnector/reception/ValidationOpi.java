package fr.opiconnector.reception;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.ClesFaute;
import fr.opiconnector.journal.OpiRefuseeException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The checks every reception makes first: a value the contract does not allow refuses the call with its field's key,
 * reported to the call's owner.
 */
final class ValidationOpi {

    private final Clock horloge;

    ValidationOpi(Clock horloge) {
        this.horloge = horloge;
    }

    void valider(Opi opi, Appel appel) throws OpiRefuseeException {
        try {
            OpiValidator.valider(opi, LocalDate.now(horloge));
        } catch (DonneeInvalideException e) {
            String cle = ClesFaute.DONNEE_INVALIDE + e.champ();
            appel.refuser(opi.codOpiIntEpo(), cle);
            throw new OpiRefuseeException(cle, e.getMessage());
        }
    }
}
