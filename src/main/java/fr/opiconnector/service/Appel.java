package fr.opiconnector.service;

import fr.opiconnector.domain.Resultat;

/**
 * One call: who called which operation and when it started (for the journal's duration), and the outcome journaled
 * for it, which the metrics count once the call's transaction has committed.
 */
public final class Appel {

    private final String operation;
    private final String adresseAppelant;
    private final long debutNanos;
    private Resultat resultat;
    private boolean essaiDemande;

    public Appel(String operation, String adresseAppelant, long debutNanos) {
        this.operation = operation;
        this.adresseAppelant = adresseAppelant;
        this.debutNanos = debutNanos;
    }

    public String operation() {
        return operation;
    }

    public String adresseAppelant() {
        return adresseAppelant;
    }

    public int dureeMs() {
        return (int) Math.min(Integer.MAX_VALUE, dureeNanos() / 1_000_000);
    }

    long dureeNanos() {
        return System.nanoTime() - debutNanos;
    }

    /** The caller asked for a dry run (the configured HTTP header). */
    public void demanderEssai() {
        essaiDemande = true;
    }

    public boolean essaiDemande() {
        return essaiDemande;
    }

    /** The outcome the journal wrote for this call in its transaction (the last attempt's, when it was replayed). */
    void consigne(Resultat resultat) {
        this.resultat = resultat;
    }

    Resultat resultat() {
        return resultat;
    }
}
