package fr.opiconnector.journal;

import fr.opiconnector.common.MaskedError;

import fr.opiconnector.common.NumeroOpi;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call's work in one transaction: all of it is stored, or nothing. A call that loses a race to a
 * concurrent call on the same OPI (duplicate first insert, deadlock, lock timeout) is replayed, up to 8 times, so
 * that callers never see the conflict. An unreachable database and every other failure become the fault the caller
 * gets, reported to the call's owner ({@link Appel}). A connection lost during the COMMIT itself is neither: the database may have
 * stored the call or not, and the caller is told so (a re-send is safe: the same call is recognised).
 */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    static final int TENTATIVES = 8;

    private final EntityManagerFactory emf;

    public Transactions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public <T> T executer(Appel appel, String codOpiIntEpo, Function<EntityManager, T> travail) throws OpiRefuseeException {
        for (int tentative = 1; ; tentative++) {
            AtomicBoolean auCommit = new AtomicBoolean();
            try {
                T resultat = emf.callInTransaction(em -> {
                    T fait = travail.apply(em);
                    // Every statement is sent now: a failure from here on can only come from the COMMIT.
                    em.flush();
                    auCommit.set(true);
                    return fait;
                });
                appel.engage();
                return resultat;
            } catch (RefusException e) {
                appel.refuser(codOpiIntEpo, e.cle());
                throw new OpiRefuseeException(e.cle(), e.getMessage());
            } catch (RuntimeException e) {
                if (auCommit.get() && DatabaseErrors.injoignable(e)) {
                    LOG.warn("{} {}: the connection to the database broke during the commit; whether it was stored is "
                            + "unknown, the caller is asked to send again ({})", appel.operation(), NumeroOpi.masque(codOpiIntEpo),
                            e.getClass().getSimpleName());
                    appel.issueInconnue(codOpiIntEpo);
                    throw new OpiRefuseeException(ClesFaute.ISSUE_INCONNUE, "La connexion à la base de données du "
                            + "connecteur a été perdue pendant la validation de l'enregistrement : le connecteur ne peut "
                            + "pas savoir si la demande a été enregistrée. Renvoyez-la : un nouvel envoi de la même "
                            + "demande est sans risque (s'il a été enregistré, il est reconnu et rien n'est modifié).", e);
                }
                if (DatabaseErrors.injoignable(e)) {
                    LOG.warn("{} {}: nothing stored, database unreachable ({})", appel.operation(), NumeroOpi.masque(codOpiIntEpo),
                            e.getClass().getSimpleName());
                    appel.refuser(codOpiIntEpo, ClesFaute.CONNEXION);
                    throw new OpiRefuseeException(ClesFaute.CONNEXION, "La base de données du connecteur est injoignable : "
                            + "rien n'a été enregistré. Renvoyez la demande plus tard.", e);
                }
                if (DatabaseErrors.conflit(e) && tentative < TENTATIVES) {
                    LOG.info("{} {}: a concurrent call on the same OPI got there first; replaying ({}, attempt {})",
                            appel.operation(), NumeroOpi.masque(codOpiIntEpo), e.getClass().getSimpleName(), tentative);
                    patienter(tentative);
                    continue;
                }
                LOG.error("{} {}: nothing stored after {} attempt(s)", appel.operation(), NumeroOpi.masque(codOpiIntEpo), tentative,
                        MaskedError.de(e, codOpiIntEpo));
                appel.refuser(codOpiIntEpo, ClesFaute.ENREGISTREMENT);
                throw new OpiRefuseeException(ClesFaute.ENREGISTREMENT, "La demande n'a pas pu être enregistrée (erreur de "
                        + "la base de données) : rien n'a été enregistré. Renvoyez-la ; si l'erreur persiste, prévenez "
                        + "l'établissement.", e);
            }
        }
    }

    private static void patienter(int tentative) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * tentative));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying a concurrent call", e);
        }
    }
}
