package fr.opiconnector;

import fr.opiconnector.config.ConfigurationException;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.config.ParcoursupConfig;
import fr.opiconnector.inscription.FormationsInvalidesException;
import fr.opiconnector.remontee.ParcoursupClient;
import fr.opiconnector.database.Database;
import fr.opiconnector.securite.CredentialsVerifier;
import fr.opiconnector.courriel.Courriels;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.securite.ConnexionsService;
import fr.opiconnector.inscription.DossierService;
import fr.opiconnector.common.Utf8File;
import fr.opiconnector.inscription.FormationsService;
import fr.opiconnector.remontee.HandshakeService;
import fr.opiconnector.inscription.InscriptionService;
import fr.opiconnector.journal.JournalDesRefus;
import fr.opiconnector.journal.Calls;
import fr.opiconnector.common.Metrics;
import fr.opiconnector.remontee.PlanificationRemontees;
import fr.opiconnector.reception.ReceptionAvecEssais;
import fr.opiconnector.reception.ReceptionOpi;
import fr.opiconnector.reception.ReceptionOpiService;
import fr.opiconnector.reception.ReceptionSansStockage;
import fr.opiconnector.remontee.RemonteesService;
import fr.opiconnector.web.admin.TableauDeBordService;
import fr.opiconnector.soap.RequestCapture;
import fr.opiconnector.journal.CallsInProgress;
import fr.opiconnector.soap.SoapServer;
import fr.opiconnector.web.HomeHandler;
import fr.opiconnector.web.AdmissionHandler;
import fr.opiconnector.web.SizeLimitHandler;
import fr.opiconnector.web.MetricsHandler;
import fr.opiconnector.web.ConnectionProtection;
import fr.opiconnector.web.HealthHandler;
import fr.opiconnector.web.AdminServer;
import fr.opiconnector.web.admin.AdminHandler;
import fr.opiconnector.web.admin.AdminSessions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Handler;
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
    private final Optional<RequestCapture> capture;
    private final CallsInProgress enCours;
    private final List<AutoCloseable> mesures;
    private final AtomicBoolean ferme = new AtomicBoolean();

    private Application(Database database, SoapServer soap, DossierService dossiers, RemonteesService remontees,
            HandshakeService handshake, PlanificationRemontees planification, Optional<RequestCapture> capture,
            CallsInProgress enCours, List<AutoCloseable> mesures) {
        this.database = database;
        this.soap = soap;
        this.dossiers = dossiers;
        this.remontees = remontees;
        this.handshake = handshake;
        this.planification = planification;
        this.capture = capture;
        this.enCours = enCours;
        this.mesures = mesures;
    }

    /**
     * The graceful stop, within the given time whatever the database does: /health turns to 503 and new calls are
     * refused, the calls already accepted get up to that time less the closing's share to answer; then the listening
     * socket closes and the open connections end (idle ones after a second); the remontées run ends after its current
     * row, then everything closes — in what is left of the time. What has not closed by then (a call or a pool waiting
     * on a paused database) is left to the process's exit.
     */
    public void arreter(Duration delai) {
        long fin = System.nanoTime() + delai.toNanos();
        long finDesAppels = fin - partDeLaFermeture(delai).toNanos();
        try {
            int restants = enCours.arreter(Duration.ofNanos(Math.max(0, finDesAppels - System.nanoTime())));
            if (restants > 0) {
                LOG.warn("{} call(s) still in progress after {} s: stopping anyway", restants, delai.toSeconds());
            }
            soap.fermerLesConnexions().get(Math.max(0, finDesAppels - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.warn("connections still open after {} s: closing them", delai.toSeconds());
        } catch (ExecutionException e) {
            LOG.warn("the connections could not be closed one by one: closing them all", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread fermeture = new Thread(this::close, "opi-fermeture");
        fermeture.setDaemon(true);
        fermeture.start();
        try {
            fermeture.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(fin - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fermeture.isAlive()) {
            LOG.warn("still closing after {} s (a call or the connection pool waits on the database): stopping anyway",
                    delai.toSeconds());
        }
    }

    /** What the stop keeps for closing the listeners, the scheduler and the pool: 2 s, or a quarter of a short stop. */
    static Duration partDeLaFermeture(Duration delai) {
        Duration quart = delai.dividedBy(4);
        return quart.compareTo(Duration.ofSeconds(2)) < 0 ? quart : Duration.ofSeconds(2);
    }

    /** How calls to OpiMetier are taken in. */
    public enum Mode {
        /** Stored: the service. */
        NORMAL,
        /** Checked and mapped, nothing stored, the database in memory: `serve --noop`, the bench's stack ceiling. */
        SANS_STOCKAGE
    }

    public static Application demarrer(ConnectorConfig config, Clock horlogeSysteme) {
        return demarrer(config, horlogeSysteme, Mode.NORMAL);
    }

    public static Application demarrer(ConnectorConfig configuree, Clock horlogeSysteme, Mode mode) {
        ConnectorConfig config = mode == Mode.NORMAL ? configuree : configuree.avecBase(
                "jdbc:h2:mem:opi-noop;DB_CLOSE_DELAY=-1;MODE=MariaDB;DATABASE_TO_LOWER=TRUE", "sa", "");
        // Times are stored to the microsecond (DATETIME(6)): answers given before and after storing must agree.
        Clock horloge = Clock.tick(horlogeSysteme, Duration.ofNanos(1000));
        Database database = Database.ouvrir(config, Database.Schema.MIGRER);
        Optional<RequestCapture> capture = Optional.empty();
        List<AutoCloseable> mesures = new ArrayList<>();
        SoapServer soap = null;
        try {
            chargerFormations(config, new FormationsService(database.emf()));
            PrometheusMeterRegistry registre = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            mesures.add(registre::close);
            mesures.addAll(mesurerJvm(registre));
            database.mesurer(registre);
            Metrics metriques = new Metrics(registre, horloge);
            JournalDesRefus refus = new JournalDesRefus(database.emf(), horloge, metriques,
                    config.securite().periodeRefus()).ecrirePeriodiquement();
            Calls appels = new Calls(database.emf(), horloge, metriques, refus);
            // Closed before the database (mesures close first, after the SOAP server): the counts are written.
            mesures.add(refus);
            ReceptionOpi reception = mode == Mode.NORMAL ? new ReceptionAvecEssais(new ReceptionOpiService(database.emf(),
                    horloge), horloge, config.essai()) : new ReceptionSansStockage(horloge);
            if (mode == Mode.SANS_STOCKAGE) {
                LOG.warn("DIAGNOSTIC MODE (--noop): OPIs are checked and answered but NOTHING IS STORED; the database is "
                        + "in memory and gone at exit. Never point Parcoursup at this instance.");
            }
            InscriptionService inscriptions = new InscriptionService(database.emf(), horloge);
            ParcoursupConfig parcoursup = config.parcoursup();
            ParcoursupClient client = new ParcoursupClient(parcoursup);
            HandshakeService handshake = new HandshakeService(database.emf(), client, parcoursup.uai(),
                    !parcoursup.login().isEmpty() && !parcoursup.motDePasse().isEmpty(), horloge);
            RemonteesService remontees = new RemonteesService(database.emf(), client, handshake, parcoursup, horloge,
                    metriques);
            if (!config.securite().authentification()) {
                LOG.warn("NO AUTHENTICATION: OPI_WS_USER / OPI_WS_PASSWORD are not set, so the SOAP endpoints accept every "
                        + "call; the service listens on {} only. Set credentials before opening it to the network.",
                        config.httpHost());
            }
            capture = config.captureDossier().map(d -> new RequestCapture(d, Duration.ofDays(config.captureJours()), horloge));
            CallsInProgress enCours = new CallsInProgress();
            DossierService dossiers = new DossierService(database.emf(), inscriptions);
            Courriels courriels = new Courriels(config.smtp(), horloge);
            // Closed after the logins (mesures close in order): the e-mails they queued get their few seconds.
            ConnexionsService connexions = new ConnexionsService(database.emf(), horloge, registre, courriels,
                    config.urlAdmin()).ecrireChaqueMinute();
            // Closed before the database (mesures close first): the pending audit rows of failed logins are written.
            mesures.add(connexions);
            mesures.add(courriels);
            List<Handler> supervision = List.of(new HealthHandler(database, remontees, enCours),
                    new MetricsHandler(registre, metriques, remontees),
                    new AdminHandler(new ComptesService(database.emf(), horloge, courriels, config.urlAdmin()), connexions,
                            config.securite().proxysDeConfiance(), new AdminSessions(database.emf(), horloge),
                            new TableauDeBordService(database.emf()), remontees, handshake, database, dossiers,
                            inscriptions, appels, config.exports().origineAdmission()));
            List<Handler> handlers = new ArrayList<>(List.of(new AdmissionHandler(enCours, appels),
                    new SizeLimitHandler(config.limites().octetsMax()), new HomeHandler()));
            if (config.admin().isEmpty()) {
                handlers.addAll(supervision);
            } else {
                AdminServer admin = AdminServer.demarrer(config.admin().get().host(), config.admin().get().port(),
                        supervision, config.limites(), config.securite().proxysDeConfiance());
                mesures.add(0, admin);
                LOG.info("/health and /metrics on {}:{} (not on the service's port)", config.admin().get().host(),
                        admin.port());
            }
            CredentialsVerifier verificateur = new CredentialsVerifier(config.securite().utilisateur(),
                    config.securite().motDePasse(), config.securite().dureeCacheMotDePasse(), horloge,
                    issue -> metriques.verificationMotDePasse(issue.code()));
            soap = SoapServer.demarrer(config.httpHost(), config.httpPort(), config.securite(), verificateur, config.limites(),
                    config.tls(), capture, enCours, config.urlPublique(), config.essai().entete(), reception, inscriptions,
                    handlers, serveur -> ConnectionProtection.proteger(serveur, config.limites(),
                            config.securite().proxysDeConfiance()));
            PlanificationRemontees planification = null;
            if (parcoursup.planifiees()) {
                planification = new PlanificationRemontees(remontees, parcoursup.heure(), parcoursup.fuseau(), horloge);
                planification.demarrer();
            }
            return new Application(database, soap, dossiers, remontees, handshake,
                    planification, capture, enCours, mesures);
        } catch (RuntimeException e) {
            if (soap != null) {
                soap.close();
            }
            capture.ifPresent(RequestCapture::close);
            fermer(mesures);
            database.close();
            throw e;
        }
    }

    /** Memory, garbage collection, threads, classes, CPU and uptime of the JVM; the binders to close at the end. */
    private static List<AutoCloseable> mesurerJvm(MeterRegistry registre) {
        JvmGcMetrics ramassage = new JvmGcMetrics();
        ramassage.bindTo(registre);
        new JvmMemoryMetrics().bindTo(registre);
        new JvmThreadMetrics().bindTo(registre);
        new ClassLoaderMetrics().bindTo(registre);
        new ProcessorMetrics().bindTo(registre);
        new UptimeMetrics().bindTo(registre);
        new FileDescriptorMetrics().bindTo(registre);
        return List.of(ramassage);
    }

    private static void fermer(List<AutoCloseable> ressources) {
        for (AutoCloseable ressource : ressources) {
            try {
                ressource.close();
            } catch (Exception e) {
                LOG.warn("While stopping: {} could not close ({})", ressource.getClass().getSimpleName(), e.toString());
            }
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
        } catch (Utf8File.FichierIllisibleException e) {
            throw new ConfigurationException("the formations file (opi.formations.file) " + e.getMessage(), e);
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
            capture.ifPresent(RequestCapture::close);
            fermer(mesures);
        } finally {
            database.close();
        }
    }
}
