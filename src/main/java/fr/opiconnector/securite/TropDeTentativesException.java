package fr.opiconnector.securite;

import java.time.Duration;

/** A login refused before any check: its source address must wait before trying again. */
public final class TropDeTentativesException extends CompteRefuseException {

    private final Duration attente;

    public TropDeTentativesException(Duration attente) {
        super("Trop de tentatives de connexion depuis votre adresse : réessayez dans " + secondes(attente) + " s.");
        this.attente = attente;
    }

    /** The wait, in whole seconds rounded up (for Retry-After). */
    public long secondes() {
        return secondes(attente);
    }

    private static long secondes(Duration attente) {
        return Math.max(1, (attente.toMillis() + 999) / 1000);
    }
}
