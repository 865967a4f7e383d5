package fr.opiconnector.reception;

import fr.opiconnector.common.NumeroOpi;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.journal.Transactions;

import fr.opiconnector.journal.Journal;

import fr.opiconnector.journal.Resultat;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receiving an OPI (mettreajourDonneesOpi): checks it, reads its values once ({@link ValeursOpi}), then in one
 * transaction creates the individual or reconciles it with the OPI, writes a history row per change and the journal
 * row ({@link EcritureOpi}, in JDBC on the transaction's connection). A re-send of the OPI last applied (same
 * fingerprint, {@link Empreinte#recue}, read under the row lock) is unchanged by definition: only its journal row is
 * written, the individual is not read. What the call's operation version does not carry keeps its stored value. All
 * of it is stored, or nothing. Calls on the same OPI are serialised by a row lock; a call that loses a race is
 * replayed, so that callers never see a conflict.
 */
public final class ReceptionOpiService implements ReceptionOpi {

    private static final Logger LOG = LoggerFactory.getLogger(ReceptionOpiService.class);

    private final Transactions transactions;
    private final ValidationOpi validation;
    private final Clock horloge;

    public ReceptionOpiService(EntityManagerFactory emf, Clock horloge) {
        this.transactions = new Transactions(emf);
        this.validation = new ValidationOpi(horloge);
        this.horloge = horloge;
    }

    @Override
    public Resultat recevoir(Opi opi, Appel appel) throws OpiRefuseeException {
        validation.valider(opi, appel);
        ValeursOpi valeurs = ValeursOpi.de(opi);
        String empreinte = Empreinte.de(valeurs);
        Resultat resultat = transactions.executer(appel, opi.codOpiIntEpo(),
                em -> enregistrer(em, opi, valeurs, empreinte, appel));
        LOG.info("OPI {} {} ({} wish(es), {} ms)", NumeroOpi.masque(opi.codOpiIntEpo()), resultat.code(), opi.voeux().size(), appel.dureeMs());
        return resultat;
    }

    private Resultat enregistrer(EntityManager em, Opi opi, ValeursOpi valeurs, String empreinte, Appel appel) {
        Session session = em.unwrap(Session.class);
        EcritureOpi.Preparee ecriture = session.doReturningWork(connexion -> EcritureOpi.preparer(connexion, opi,
                valeurs, Empreinte.recue(opi, empreinte), horloge.instant()));
        Journal ligne = appel.consigner(em, opi.codOpiIntEpo(), empreinte, ecriture.resultat());
        session.doWork(connexion -> ecriture.terminer(connexion, ligne.id()));
        return ecriture.resultat();
    }
}
