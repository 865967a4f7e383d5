package fr.opiconnector.remontee;

/** Parcoursup's remontées API, as the services need it (implemented over HTTP in the parcoursup package). */
public interface Parcoursup {

    /** Parcoursup's answer: the HTTP status, whether retour was OK, and its message. */
    record Reponse(int httpStatus, boolean ok, String message) {
    }

    /**
     * No usable answer, worth retrying: connection refused or reset, timeout, HTTP 5xx. {@code nonParvenu} when the
     * request never reached Parcoursup (unknown host, connection refused or not established in time).
     */
    final class IndisponibleException extends Exception {

        private final Integer httpStatus;
        private final boolean nonParvenu;

        public IndisponibleException(String message, Integer httpStatus, Throwable cause) {
            this(message, httpStatus, false, cause);
        }

        public IndisponibleException(String message, Integer httpStatus, boolean nonParvenu, Throwable cause) {
            super(message, cause);
            this.httpStatus = httpStatus;
            this.nonParvenu = nonParvenu;
        }

        public Integer httpStatus() {
            return httpStatus;
        }

        public boolean nonParvenu() {
            return nonParvenu;
        }
    }

    /** Parcoursup refused the credentials (HTTP 401 or 403): a new "Tester connecteur" is needed. */
    final class AuthentificationException extends Exception {

        private final int httpStatus;

        public AuthentificationException(int httpStatus) {
            super("HTTP " + httpStatus + " : Parcoursup refuse les identifiants du connecteur");
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    Reponse majInscriptionAdministrative(MajInscription maj) throws IndisponibleException, AuthentificationException;
}
