package fr.opiconnector.journal;

/**
 * A call that stored nothing. The key is Apogée's dotted fault key (technical.parameter.noncoherentinput.<field>,
 * technical.data.transaction.connexion…); the message is the French sentence for the caller (lastErrorMsg).
 */
public class OpiRefuseeException extends Exception {

    private final String cle;

    public OpiRefuseeException(String cle, String message) {
        super(message);
        this.cle = cle;
    }

    public OpiRefuseeException(String cle, String message, Throwable cause) {
        super(message, cause);
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }
}
