package fr.opiconnector.journal;

import fr.opiconnector.common.NumeroOpi;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner of one call, from the moment it is admitted (the HTTP request, a command, an admin page's action) to the
 * moment its answer is written: it times the call, writes its journal row, feeds the metrics and the log line, and
 * guarantees one journal row per call that reached an operation, whatever layer refuses it. The layers report to it
 * — the data written (inside the call's transaction, where the history rows point at the journal row), the commit, a
 * refusal with its fault key, an unknown outcome — and {@link #terminer()} concludes: a refused call's row is written
 * then, in a transaction of its own; a refusal before authentication goes to {@link JournalDesRefus}, which counts
 * them per period. Nothing else writes the journal.
 */
public final class Appel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Appel.class);

    /** The request attribute holding the call admitted for an HTTP request. */
    public static final String ATTRIBUT = Appel.class.getName();

    private enum Issue {
        /** Its row is in the call's transaction, not yet committed. */
        EN_TRANSACTION,
        /** Its row committed with the data. */
        ENGAGE,
        REFUSE,
        REFUSE_AVANT_AUTHENTIFICATION,
        ESSAI,
        INCONNUE
    }

    private final Calls appels;
    private final long debutNanos;
    private String operation;
    private String adresseAppelant;
    private boolean essaiDemande;

    private Issue issue;
    private Resultat resultat;
    private String codOpiIntEpo;
    private String empreinte;
    private String cleFaute;
    private String motif;
    private boolean termine;

    Appel(Calls appels, String operation, String adresseAppelant, long debutNanos) {
        this.appels = appels;
        this.operation = operation;
        this.adresseAppelant = adresseAppelant;
        this.debutNanos = debutNanos;
    }

    public synchronized String operation() {
        return operation;
    }

    /** The operation, once the layer that knows it (the endpoint, the XML reader) has found it. */
    public synchronized Appel operation(String nom) {
        this.operation = nom;
        return this;
    }

    public synchronized String adresseAppelant() {
        return adresseAppelant;
    }

    /** The caller's address as the access control judged it (behind a trusted proxy, the forwarded one). */
    public synchronized Appel adresseAppelant(String adresse) {
        this.adresseAppelant = adresse;
        return this;
    }

    public int dureeMs() {
        return (int) Math.min(Integer.MAX_VALUE, dureeNanos() / 1_000_000);
    }

    long dureeNanos() {
        return System.nanoTime() - debutNanos;
    }

    /** The caller asked for a dry run (the configured HTTP header). */
    public synchronized void demanderEssai() {
        essaiDemande = true;
    }

    public synchronized boolean essaiDemande() {
        return essaiDemande;
    }

    /**
     * The call's data are written: its journal row goes in the same transaction (the history rows point at it). A
     * replayed transaction writes it again; only the committed one counts ({@link #engage()}).
     */
    public synchronized Journal consigner(EntityManager em, String code, String empreinte, Resultat resultat,
            String remarque) {
        Journal ligne = new Journal(appels.horloge().instant(), operation, code, empreinte, resultat, null, dureeMs(),
                adresseAppelant).avecRemarque(remarque);
        new JournalRepository(em).ajouter(ligne);
        this.issue = Issue.EN_TRANSACTION;
        this.resultat = resultat;
        this.codOpiIntEpo = code;
        return ligne;
    }

    public Journal consigner(EntityManager em, String code, String empreinte, Resultat resultat) {
        return consigner(em, code, empreinte, resultat, null);
    }

    /** The transaction that holds the call's row has committed. */
    public synchronized void engage() {
        if (issue == Issue.EN_TRANSACTION) {
            issue = Issue.ENGAGE;
        }
    }

    /**
     * Nothing was stored: the call is refused with this fault key (its row is written at the end). A call whose row
     * has committed keeps its outcome.
     */
    public synchronized void refuser(String code, String cle) {
        if (issue == Issue.ENGAGE) {
            LOG.warn("{} {}: a refusal ({}) reported after the call's data committed; the committed outcome stands",
                    operation, NumeroOpi.masque(code), cle);
            return;
        }
        issue = Issue.REFUSE;
        codOpiIntEpo = code;
        cleFaute = cle;
        resultat = Resultat.REFUSED;
    }

    /**
     * The commit was cut off: stored or not, nobody can tell. No row then — the database has the call's row if and
     * only if it has the call — but the call counts, as {@link ClesFaute#ISSUE_INCONNUE}.
     */
    public synchronized void issueInconnue(String code) {
        issue = Issue.INCONNUE;
        codOpiIntEpo = code;
        cleFaute = ClesFaute.ISSUE_INCONNUE;
        resultat = Resultat.UNKNOWN;
    }

    /** Refused before authentication (HTTP 401, 403, 429, 503, WS-Security): counted per period, not per call. */
    public synchronized void refuserAvantAuthentification(String cle, String motifSansSecret) {
        issue = Issue.REFUSE_AVANT_AUTHENTIFICATION;
        cleFaute = cle;
        motif = motifSansSecret;
        resultat = Resultat.REFUSED;
    }

    /** Checked and answered as a dry run: nothing stored, one row marked as a test. */
    public synchronized void essai(String code, String empreinteOpi) {
        issue = Issue.ESSAI;
        resultat = Resultat.TEST;
        codOpiIntEpo = code;
        empreinte = empreinteOpi;
    }

    /**
     * Concludes the call, once: the journal row of a refusal or a dry run, the metrics, the log line. Called before
     * the answer is written, and again (without effect) when the request completes, whatever happened in between.
     */
    public synchronized void terminer() {
        if (termine) {
            return;
        }
        termine = true;
        if (issue == null) {
            return;
        }
        switch (issue) {
            case ENGAGE -> appels.metriques().appel(operation, resultat.code(), null, dureeNanos());
            case EN_TRANSACTION -> {
                // The transaction did not commit, and no layer said why: the call failed and stored nothing.
                cleFaute = ClesFaute.ENREGISTREMENT;
                resultat = Resultat.REFUSED;
                ecrireSeul();
            }
            case REFUSE, ESSAI -> {
                if (ClesFaute.CONNEXION.equals(cleFaute)) {
                    // The database is unreachable: no row can be written, and trying would delay the answer.
                    appels.metriques().appel(operation, resultat.code(), cleFaute, dureeNanos());
                } else {
                    ecrireSeul();
                }
            }
            case REFUSE_AVANT_AUTHENTIFICATION -> appels.refusAvantAuthentification().refuser(this, cleFaute, motif);
            case INCONNUE -> appels.metriques().appel(operation, Resultat.UNKNOWN.code(), ClesFaute.ISSUE_INCONNUE, dureeNanos());
        }
    }

    @Override
    public void close() {
        terminer();
    }

    /** The row of a call that stored nothing, in a transaction of its own. */
    private void ecrireSeul() {
        appels.metriques().appel(operation, resultat.code(), cleFaute, dureeNanos());
        try {
            Journal ligne = new Journal(appels.horloge().instant(), operation, codOpiIntEpo,
                    resultat == Resultat.TEST ? empreinte : null, resultat, cleFaute, dureeMs(), adresseAppelant);
            appels.emf().runInTransaction(em -> new JournalRepository(em).ajouter(ligne));
            if (resultat == Resultat.TEST) {
                LOG.info("{} {} checked as a test (dry run): nothing stored", operation, NumeroOpi.masque(codOpiIntEpo));
            } else {
                LOG.info("{} {} refused: {}", operation, NumeroOpi.masque(codOpiIntEpo), cleFaute);
            }
        } catch (RuntimeException e) {
            LOG.warn("{} {} {} ({}); the journal row could not be written: {}", operation, NumeroOpi.masque(codOpiIntEpo),
                    resultat.code(), cleFaute, e.getClass().getSimpleName());
        }
    }
}
