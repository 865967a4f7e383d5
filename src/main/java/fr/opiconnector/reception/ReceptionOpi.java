package fr.opiconnector.reception;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.OpiRefuseeException;

import fr.opiconnector.journal.Resultat;

/** What the OpiMetier endpoint hands a call to. */
public interface ReceptionOpi {

    /** Takes in one OPI: stored (or not) as a whole, or refused with a fault key. */
    Resultat recevoir(Opi opi, Appel appel) throws OpiRefuseeException;

}
