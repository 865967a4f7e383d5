package fr.opiconnector.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request headers keep arriving without ever ending: bytes come in between two requests
 * but no request starts within the read timeout. The idle timeout only sees silence; this sees a trickle. Checked
 * every quarter of the timeout, so a connection is closed at most a quarter later than due.
 */
public final class HeaderTimeout implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderTimeout.class);

    private final Scheduler planificateur;
    private final long delaiNanos;

    public HeaderTimeout(Scheduler planificateur, Duration delai) {
        this.planificateur = planificateur;
        this.delaiNanos = delai.toNanos();
    }

    @Override
    public void onOpened(Connection connexion) {
        // Only the HTTP connection counts its requests (below it, TLS does not).
        if (connexion.getMessagesIn() >= 0) {
            new Suivi(connexion).planifier();
        }
    }

    private final class Suivi implements Runnable {

        private final Connection connexion;
        private long requetes;
        private long reponses;
        private long octets;
        private long debutEntetes = -1;

        Suivi(Connection connexion) {
            this.connexion = connexion;
        }

        void planifier() {
            planificateur.schedule(this, delaiNanos / 4, TimeUnit.NANOSECONDS);
        }

        @Override
        public void run() {
            if (!connexion.getEndPoint().isOpen()) {
                return;
            }
            long requetesMaintenant = connexion.getMessagesIn();
            long reponsesMaintenant = connexion.getMessagesOut();
            long octetsMaintenant = connexion.getBytesIn();
            boolean progres = requetesMaintenant != requetes || reponsesMaintenant != reponses;
            boolean entreDeuxRequetes = requetesMaintenant == reponsesMaintenant;
            if (progres || !entreDeuxRequetes) {
                debutEntetes = -1;
            } else if (debutEntetes < 0 && octetsMaintenant != octets) {
                debutEntetes = NanoTime.now();
            }
            requetes = requetesMaintenant;
            reponses = reponsesMaintenant;
            octets = octetsMaintenant;
            if (debutEntetes >= 0 && NanoTime.since(debutEntetes) >= delaiNanos) {
                LOG.warn("Request headers from {} not complete after {} s: connection closed",
                        connexion.getEndPoint().getRemoteSocketAddress(), delaiNanos / 1_000_000_000L);
                connexion.getEndPoint().close();
                return;
            }
            planifier();
        }
    }
}
