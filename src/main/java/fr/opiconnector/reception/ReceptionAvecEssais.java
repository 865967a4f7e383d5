package fr.opiconnector.reception;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.OpiRefuseeException;

import fr.opiconnector.config.ConnectorConfig.EssaiConfig;

import fr.opiconnector.journal.Resultat;

/**
 * The service's reception with the dry run: a call for a configured test OPI code, or whose caller asked for a test
 * (the configured HTTP header), is checked like any other and answered the same way, is journaled with the outcome
 * "test", and stores nothing else; every other call goes to the real reception.
 */
public final class ReceptionAvecEssais implements ReceptionOpi {

    private final ReceptionOpi reelle;
    private final ValidationOpi validation;
    private final EssaiConfig essai;

    public ReceptionAvecEssais(ReceptionOpi reelle, java.time.Clock horloge, EssaiConfig essai) {
        this.reelle = reelle;
        this.validation = new ValidationOpi(horloge);
        this.essai = essai;
    }

    @Override
    public Resultat recevoir(Opi opi, Appel appel) throws OpiRefuseeException {
        // A missing code is never a test code (and Set.contains(null) throws on an immutable set).
        boolean codeDEssai = opi.codOpiIntEpo() != null && essai.codes().contains(opi.codOpiIntEpo());
        if (!appel.essaiDemande() && !codeDEssai) {
            return reelle.recevoir(opi, appel);
        }
        validation.valider(opi, appel);
        appel.essai(opi.codOpiIntEpo(), Empreinte.de(opi));
        return Resultat.TEST;
    }
}
