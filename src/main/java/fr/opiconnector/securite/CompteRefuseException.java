package fr.opiconnector.securite;

/** An account operation or a login refused, with the reason in French for the person who asked. */
public class CompteRefuseException extends Exception {

    public CompteRefuseException(String message) {
        super(message);
    }
}
