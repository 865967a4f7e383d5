package fr.opiconnector.journal;

/** A business refusal raised inside a transaction: the transaction is rolled back and the caller gets the fault. */
public final class RefusException extends RuntimeException {

    private final String cle;

    public RefusException(String cle, String message) {
        super(message);
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }
}
