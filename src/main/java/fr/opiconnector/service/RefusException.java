package fr.opiconnector.service;

/** A business refusal raised inside a transaction: the transaction is rolled back and the caller gets the fault. */
final class RefusException extends RuntimeException {

    private final String cle;

    RefusException(String cle, String message) {
        super(message);
        this.cle = cle;
    }

    String cle() {
        return cle;
    }
}
