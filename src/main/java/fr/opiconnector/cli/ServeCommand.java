package fr.opiconnector.cli;

import fr.opiconnector.Application;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.securite.ComptesService;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/**
 * Runs the service until SIGTERM or Ctrl-C, then stops gracefully: /health turns to 503, new calls are refused, the
 * calls in progress answer (bounded), everything closes, exit status 0. The signals are taken before the JVM's own
 * shutdown begins, so that nothing (the embedded database's exit hook included) closes under the calls in progress.
 */
@Command(name = "serve", description = "Start the service (the default command).")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    private ConfigOption config;

    @Option(names = "--noop", description = "Diagnostic mode for the bench: OPIs are checked and answered, nothing is "
            + "stored (in-memory database). Never for Parcoursup.")
    private boolean sansStockage;

    @Override
    public Integer call() throws InterruptedException {
        ConnectorConfig configuration = config.charger();
        Application application = Application.demarrer(configuration, Clock.systemDefaultZone(),
                sansStockage ? Application.Mode.SANS_STOCKAGE : Application.Mode.NORMAL);
        CountDownLatch arret = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> arret.countDown());
        Signal.handle(new Signal("INT"), signal -> arret.countDown());
        // Any other way out (System.exit elsewhere, a kill the JVM still sees) still closes what can be closed.
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "opi-shutdown"));
        String base = application.adresseOpiMetier().replace("/services/OpiMetier", "");
        String supervision = configuration.admin().map(a -> "http://" + a.host() + ":" + a.port()).orElse(base);
        LOG.info("Admin pages at {}/admin, health at {}/health, metrics at {}/metrics; a page listing them at {}/",
                supervision, supervision, supervision, base);
        if (!sansStockage && new ComptesService(application.database().emf(), Clock.systemUTC()).lister().isEmpty()) {
            LOG.warn("No admin account yet: create the first one with: java -jar opi-connector.jar comptes ajouter LOGIN "
                    + "--nom NAME --email ADDRESS --profil administrateur (it prints the owner's activation link)");
        }
        LOG.info("opi-connector ready: OpiMetier at {}, DossierOpi at {} (WSDL of each at ?wsdl), database {}{}",
                application.adresseOpiMetier(), application.adresseDossierOpi(), application.database().produit(),
                sansStockage ? " (in memory: --noop)" : configuration.baseEmbarquee() ? " (embedded, in "
                        + configuration.dataDir().toAbsolutePath().normalize() + ")" : "");
        arret.await();
        LOG.info("Stopping: new calls refused, calls in progress get up to {} s", configuration.delaiArret().toSeconds());
        application.arreter(configuration.delaiArret());
        LOG.info("Stopped");
        return 0;
    }
}
