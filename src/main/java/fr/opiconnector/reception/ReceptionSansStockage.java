package fr.opiconnector.reception;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.OpiRefuseeException;

import fr.opiconnector.journal.Resultat;
import java.time.Clock;

/**
 * The diagnostic reception of `serve --noop`: the same checks and the same content hash as the real one, and
 * nothing stored. With it the bench measures the ceiling of the HTTP/CXF stack and the contract, without the database.
 */
public final class ReceptionSansStockage implements ReceptionOpi {

    private final Clock horloge;

    public ReceptionSansStockage(Clock horloge) {
        this.horloge = horloge;
    }

    @Override
    public Resultat recevoir(Opi opi, Appel appel) throws OpiRefuseeException {
        new ValidationOpi(horloge).valider(opi, appel);
        Empreinte.de(opi);
        return Resultat.UNCHANGED;
    }
}
