package fr.opiconnector.courriel;

/** An e-mail that did not leave, with the reason in French (never the address). */
public final class CourrielNonEnvoyeException extends Exception {

    public CourrielNonEnvoyeException(String message) {
        super(message);
    }
}
