package fr.opiconnector.service;

import fr.opiconnector.domain.Journal;
import fr.opiconnector.domain.NumeroOpi;
import fr.opiconnector.domain.Opi;
import fr.opiconnector.domain.Resultat;
import fr.opiconnector.persistence.JournalRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The call journal: a row per call, in the call's own transaction, or in one of its own for a refused call. */
public final class JournalService {

    private static final Logger LOG = LoggerFactory.getLogger(JournalService.class);

    private final EntityManagerFactory emf;
    private final Clock horloge;
    private final Metriques metriques;

    public JournalService(EntityManagerFactory emf, Clock horloge, Metriques metriques) {
        this.emf = emf;
        this.horloge = horloge;
        this.metriques = metriques;
    }

    /** Journals a call inside its transaction; the row's id is what the call's history rows point at. */
    Journal consigner(EntityManager em, Appel appel, String codOpiIntEpo, String empreinte, Resultat resultat) {
        return consigner(em, appel, codOpiIntEpo, empreinte, resultat, null);
    }

    Journal consigner(EntityManager em, Appel appel, String codOpiIntEpo, String empreinte, Resultat resultat,
            String remarque) {
        Journal journal = new Journal(horloge.instant(), appel.operation(), codOpiIntEpo, empreinte, resultat, null,
                appel.dureeMs(), appel.adresseAppelant()).avecRemarque(remarque);
        new JournalRepository(em).ajouter(journal);
        appel.consigne(resultat);
        return journal;
    }

    /** The call's transaction has committed: it counts, with the outcome its journal row holds. */
    void conclu(Appel appel) {
        if (appel.resultat() != null) {
            metriques.appel(appel, appel.resultat(), null);
        }
    }

    /**
     * The call's commit was cut off: its journal row is in the database if and only if the call is, so nothing is
     * written; it counts as an unknown outcome.
     */
    void issueInconnue(Appel appel) {
        metriques.appel(appel, Resultat.UNKNOWN, ClesFaute.ISSUE_INCONNUE);
    }

    /** The checks every reception makes first; a refusal is journaled before it is thrown. */
    void valider(Opi opi, Appel appel) throws OpiRefuseeException {
        try {
            ReceptionOpi.valider(opi, horloge);
        } catch (OpiRefuseeException e) {
            refuser(appel, opi.codOpiIntEpo(), e.cle());
            throw e;
        }
    }

    /** Journals a dry-run call, in a transaction of its own: the only row it writes. */
    void essai(Appel appel, String codOpiIntEpo, String empreinte) {
        emf.runInTransaction(em -> new JournalRepository(em).ajouter(new Journal(horloge.instant(), appel.operation(),
                codOpiIntEpo, empreinte, Resultat.TEST, null, appel.dureeMs(), appel.adresseAppelant())));
        metriques.appel(appel, Resultat.TEST, null);
        LOG.info("{} {} checked as a test (dry run): nothing stored", appel.operation(), NumeroOpi.masque(codOpiIntEpo));
    }

    /** Journals a call that stored nothing, in a transaction of its own. */
    public void refuser(Appel appel, String codOpiIntEpo, String cleFaute) {
        metriques.appel(appel, Resultat.REFUSED, cleFaute);
        try {
            emf.runInTransaction(em -> new JournalRepository(em).ajouter(new Journal(horloge.instant(), appel.operation(),
                    codOpiIntEpo, null, Resultat.REFUSED, cleFaute, appel.dureeMs(), appel.adresseAppelant())));
            LOG.info("{} {} refused: {}", appel.operation(), NumeroOpi.masque(codOpiIntEpo), cleFaute);
        } catch (RuntimeException e) {
            LOG.warn("{} {} refused ({}); the journal row could not be written: {}", appel.operation(),
                    NumeroOpi.masque(codOpiIntEpo), cleFaute, e.getClass().getSimpleName());
        }
    }
}
