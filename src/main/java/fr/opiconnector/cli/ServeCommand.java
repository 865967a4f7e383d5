package fr.opiconnector.cli;

import fr.opiconnector.Application;
import fr.opiconnector.config.ConnectorConfig;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the service until Ctrl-C or SIGTERM. */
@Command(name = "serve", description = "Start the service (the default command).")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    private ConfigOption config;

    @Override
    public Integer call() throws InterruptedException {
        ConnectorConfig configuration = config.charger();
        Application application = Application.demarrer(configuration, Clock.systemDefaultZone());
        CountDownLatch arrete = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing calls in progress");
            application.close();
            LOG.info("Stopped");
            arrete.countDown();
        }, "opi-shutdown"));
        LOG.info("opi-connector ready: OpiMetier at {}, DossierOpi at {} (WSDL of each at ?wsdl), database {}{}",
                application.adresseOpiMetier(), application.adresseDossierOpi(), application.database().produit(),
                configuration.baseEmbarquee() ? " (embedded, in " + configuration.dataDir().toAbsolutePath().normalize() + ")" : "");
        arrete.await();
        return 0;
    }
}
