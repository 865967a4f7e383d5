package fr.opiconnector;

import fr.opiconnector.config.ConfigurationException;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.config.ParcoursupConfig;
import fr.opiconnector.domain.FormationsInvalidesException;
import fr.opiconnector.parcoursup.ParcoursupClient;
import fr.opiconnector.persistence.Database;
import fr.opiconnector.service.DossierService;
import fr.opiconnector.service.FormationsService;
import fr.opiconnector.service.HandshakeService;
import fr.opiconnector.service.InscriptionService;
import fr.opiconnector.service.JournalService;
import fr.opiconnector.service.PlanificationRemontees;
import fr.opiconnector.service.ReceptionOpiService;
import fr.opiconnector.service.RemonteesService;
import fr.opiconnector.soap.CaptureRequetes;
import fr.opiconnector.soap.RequetesEnCours;
import fr.opiconnector.soap.SoapServer;
import fr.opiconnector.web.ArretHandler;
import fr.opiconnector.web.LimiteTailleHandler;
import fr.opiconnector.web.SanteHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
    private final RemonteesService remontees;
    private final HandshakeService handshake;
    private final PlanificationRemontees planification;
    private final Optional<CaptureRequetes> capture;
    private final RequetesEnCours enCours;
    private final java.util.concurrent.atomic.AtomicBoolean ferme = new java.util.concurrent.atomic.AtomicBoolean();

    private Application(Database database, SoapServer soap, DossierService dossiers, RemonteesService remontees,
            HandshakeService handshake, PlanificationRemontees planification, Optional<CaptureRequetes> capture,
            RequetesEnCours enCours) {
        this.database = database;
        this.soap = soap;
        this.dossiers = dossiers;
        this.remontees = remontees;
        this.handshake = handshake;
        this.planification = planification;
        this.capture = capture;
        this.enCours = enCours;
    }

    /**
     * The graceful stop: /health turns to 503 and new calls are refused, the calls already accepted get up to the
     * given time to answer, the remontées run ends after its current row, then everything closes.
     */
    public void arreter(Duration delai) {
        try {
            int restants = enCours.arreter(delai);
            if (restants > 0) {
                LOG.warn("{} call(s) still in progress after {} s: stopping anyway", restants, delai.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    public static Application demarrer(ConnectorConfig config, Clock horlogeSysteme) {
        // Times are stored to the microsecond (DATETIME(6)): answers given before and after storing must agree.
        Clock horloge = Clock.tick(horlogeSysteme, Duration.ofNanos(1000));
        Database database = Database.ouvrir(config, Database.Schema.MIGRER);
        Optional<CaptureRequetes> capture = Optional.empty();
        try {
            chargerFormations(config, new FormationsService(database.emf()));
            JournalService journal = new JournalService(database.emf(), horloge);
            ReceptionOpiService reception = new ReceptionOpiService(database.emf(), journal, horloge);
            InscriptionService inscriptions = new InscriptionService(database.emf(), journal, horloge);
            ParcoursupConfig parcoursup = config.parcoursup();
            ParcoursupClient client = new ParcoursupClient(parcoursup);
            HandshakeService handshake = new HandshakeService(database.emf(), client, parcoursup.uai(),
                    !parcoursup.login().isEmpty() && !parcoursup.motDePasse().isEmpty(), horloge);
            RemonteesService remontees = new RemonteesService(database.emf(), client, handshake, parcoursup, horloge);
            if (!config.securite().authentification()) {
                LOG.warn("NO AUTHENTICATION: OPI_WS_USER / OPI_WS_PASSWORD are not set, so the SOAP endpoints accept every "
                        + "call; the service listens on {} only. Set credentials before opening it to the network.",
                        config.httpHost());
            }
            capture = config.captureDossier().map(d -> new CaptureRequetes(d, Duration.ofDays(config.captureJours()), horloge));
            RequetesEnCours enCours = new RequetesEnCours();
            SoapServer soap = SoapServer.demarrer(config.httpHost(), config.httpPort(), config.securite(), config.limites(),
                    config.tls(), capture, enCours, config.urlPublique(), reception, inscriptions, journal,
                    List.of(new ArretHandler(enCours), new LimiteTailleHandler(config.limites().octetsMax()),
                            new SanteHandler(remontees, enCours)));
            PlanificationRemontees planification = null;
            if (parcoursup.planifiees()) {
                planification = new PlanificationRemontees(remontees, parcoursup.heure(), parcoursup.fuseau(), horloge);
                planification.demarrer();
            }
            return new Application(database, soap, new DossierService(database.emf(), inscriptions), remontees, handshake,
                    planification, capture, enCours);
        } catch (RuntimeException e) {
            capture.ifPresent(CaptureRequetes::close);
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

    public RemonteesService remontees() {
        return remontees;
    }

    public HandshakeService handshake() {
        return handshake;
    }

    @Override
    public void close() {
        if (!ferme.compareAndSet(false, true)) {
            return;
        }
        try {
            if (planification != null) {
                planification.close();
            }
            soap.close();
            capture.ifPresent(CaptureRequetes::close);
        } finally {
            database.close();
        }
    }
}
