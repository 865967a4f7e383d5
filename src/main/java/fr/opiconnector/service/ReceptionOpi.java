package fr.opiconnector.service;

import fr.opiconnector.domain.Opi;
import fr.opiconnector.domain.Resultat;

/** What the OpiMetier endpoint hands a call to. */
public interface ReceptionOpi {

    /** Takes in one OPI: stored (or not) as a whole, or refused with a fault key. */
    Resultat recevoir(Opi opi, Appel appel) throws OpiRefuseeException;

}
