package fr.opiconnector;

import fr.opiconnector.config.ConfigurationException;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.domain.FormationsInvalidesException;
import fr.opiconnector.persistence.Database;
import fr.opiconnector.service.DossierService;
import fr.opiconnector.service.FormationsService;
import fr.opiconnector.service.InscriptionService;
import fr.opiconnector.service.JournalService;
import fr.opiconnector.service.ReceptionOpiService;
import fr.opiconnector.soap.SoapServer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running connector, wired: configuration → database (pool, Flyway, JPA) → formation mapping → services →
 * SOAP server.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Database database;
    private final SoapServer soap;
    private final DossierService dossiers;

    private Application(Database database, SoapServer soap, DossierService dossiers) {
        this.database = database;
        this.soap = soap;
        this.dossiers = dossiers;
    }

    public static Application demarrer(ConnectorConfig config, Clock horlogeSysteme) {
        // Times are stored to the microsecond (DATETIME(6)): answers given before and after storing must agree.
        Clock horloge = Clock.tick(horlogeSysteme, Duration.ofNanos(1000));
        Database database = Database.ouvrir(config, Database.Schema.MIGRER);
        try {
            chargerFormations(config, new FormationsService(database.emf()));
            JournalService journal = new JournalService(database.emf(), horloge);
            ReceptionOpiService reception = new ReceptionOpiService(database.emf(), journal, horloge);
            InscriptionService inscriptions = new InscriptionService(database.emf(), journal, horloge);
            return new Application(database, SoapServer.demarrer(config.httpHost(), config.httpPort(), reception,
                    inscriptions, journal), new DossierService(database.emf(), inscriptions));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The formations file is loaded at every start; a malformed file stops the start. */
    static void chargerFormations(ConnectorConfig config, FormationsService formations) {
        if (!Files.exists(config.fichierFormations())) {
            if (!config.fichierFormationsParDefaut()) {
                throw new ConfigurationException("invalid configuration: OPI_FORMATIONS_FILE (opi.formations.file) = \""
                        + config.fichierFormations() + "\": no such file");
            }
            LOG.warn("No formations file at {}: the mapping already in the database is kept ({} formation(s)); "
                    + "wishes outside it are flagged VET_HORS_FORMATIONS", config.fichierFormations().toAbsolutePath(),
                    formations.toutes().size());
            return;
        }
        try {
            int nombre = formations.charger(config.fichierFormations()).size();
            LOG.info("Formations: {} loaded from {}", nombre, config.fichierFormations());
        } catch (FormationsInvalidesException e) {
            throw new ConfigurationException("the formations file is malformed, nothing loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the formations file " + config.fichierFormations() + ": "
                    + e.getMessage(), e);
        }
    }

    public String adresseOpiMetier() {
        return soap.adresseOpiMetier();
    }

    public String adresseDossierOpi() {
        return soap.adresseDossierOpi();
    }

    public Database database() {
        return database;
    }

    public DossierService dossiers() {
        return dossiers;
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
