package fr.opiconnector.bench;

/** What the bench drives: one call per OPI, from one of its connections (0 … connections-1), on that connection's thread. */
public interface Cible extends AutoCloseable {

    /** Sends one OPI; the answer's kind: "ok", or the error's kind (an HTTP status, a fault key, an exception's name). */
    Issue appeler(int connexion, OpiSynthetique opi);

    @Override
    void close();

    /** How one call ended. */
    record Issue(boolean ok, String genre) {

        public static final Issue OK = new Issue(true, "ok");

        public static Issue erreur(String genre) {
            return new Issue(false, genre);
        }
    }
}
