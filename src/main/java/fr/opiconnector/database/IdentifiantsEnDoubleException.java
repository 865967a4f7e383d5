package fr.opiconnector.database;

/** The database holds identifiers that differ only by case or surrounding spaces: schema version 7 cannot apply. */
public final class IdentifiantsEnDoubleException extends RuntimeException {

    public IdentifiantsEnDoubleException(String message) {
        super(message);
    }
}
