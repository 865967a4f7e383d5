package fr.opiconnector.soap;

/** The operation element of a request is in none of the namespaces OpiMetier accepts. */
final class UnknownNamespaceException extends RuntimeException {

    private final String espaceDeNoms;
    private final String operation;

    UnknownNamespaceException(String espaceDeNoms, String operation) {
        super("unknown namespace for " + operation);
        this.espaceDeNoms = espaceDeNoms;
        this.operation = operation;
    }

    String espaceDeNoms() {
        return espaceDeNoms;
    }

    String operation() {
        return operation;
    }
}
