package fr.opiconnector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import fr.opiconnector.support.ProxyTcp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The stop ends within its bound whatever the database does: with MariaDB paused (it holds its connections open and
 * answers nothing) and a call waiting on it, the platform's grace period (`docker stop -t 30` for the default 20 s)
 * must not run out before the service has stopped.
 */
class ArretBaseEnPauseIT {

    private static final Duration DELAI = Duration.ofSeconds(3);
    /** What the stop may take beyond its bound: the listener and the pool closing, a thread pool's last turn. */
    private static final Duration MARGE = Duration.ofMillis(1500);

    @Test
    void a_stop_while_the_database_is_paused_ends_within_the_shutdown_timeout() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase(); ProxyTcp proxy = new ProxyTcp(base.hoteEtPort())) {
            ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.urlVia(proxy.hoteEtPort()));
            assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());

            proxy.geler();
            CompletableFuture<?> appel = CompletableFuture.runAsync(() -> connecteur.poster("apogee-client-v10-full.xml"));
            Instant limite = Instant.now().plusSeconds(30);
            while (proxy.octetsRetenus() == 0) {
                assertTrue(Instant.now().isBefore(limite), "the call never reached the database");
                Thread.onSpinWait();
            }

            long debut = System.nanoTime();
            connecteur.application().arreter(DELAI);
            Duration duree = Duration.ofNanos(System.nanoTime() - debut);

            assertTrue(duree.compareTo(DELAI.plus(MARGE)) < 0, "the stop took " + duree.toMillis() + " ms for a bound of "
                    + DELAI.toMillis() + " ms");
            appel.cancel(true);
        }
    }
}
