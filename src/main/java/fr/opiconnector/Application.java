package fr.opiconnector;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.persistence.Database;
import fr.opiconnector.service.ReceptionOpiService;
import fr.opiconnector.soap.SoapServer;
import java.time.Clock;

/** The running connector, wired: configuration → database (pool, Flyway, JPA) → services → SOAP server. */
public final class Application implements AutoCloseable {

    private final Database database;
    private final SoapServer soap;

    private Application(Database database, SoapServer soap) {
        this.database = database;
        this.soap = soap;
    }

    public static Application demarrer(ConnectorConfig config, Clock horloge) {
        Database database = Database.ouvrir(config, Database.Schema.MIGRER);
        try {
            ReceptionOpiService reception = new ReceptionOpiService(database.emf(), horloge);
            return new Application(database, SoapServer.demarrer(config.httpHost(), config.httpPort(), reception));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public String adresseOpiMetier() {
        return soap.adresseOpiMetier();
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            soap.close();
        } finally {
            database.close();
        }
    }
}
