package fr.opiconnector.remontee;

import fr.opiconnector.common.MaskedError;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the remontées every day at the configured time in the configured zone. Every replica may run it: the row
 * locks make each row go once.
 */
public final class PlanificationRemontees implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlanificationRemontees.class);

    private final ScheduledExecutorService executeur = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "opi-remontees");
        thread.setDaemon(true);
        return thread;
    });
    private final RemonteesService remontees;
    private final LocalTime heure;
    private final ZoneId fuseau;
    private final Clock horloge;

    public PlanificationRemontees(RemonteesService remontees, LocalTime heure, ZoneId fuseau, Clock horloge) {
        this.remontees = remontees;
        this.heure = heure;
        this.fuseau = fuseau;
        this.horloge = horloge;
    }

    public void demarrer() {
        planifier();
    }

    /** The next run after the given moment. */
    static ZonedDateTime prochaine(ZonedDateTime apres, LocalTime heure) {
        ZonedDateTime candidate = apres.with(heure);
        return candidate.isAfter(apres) ? candidate : apres.plusDays(1).with(heure);
    }

    private void planifier() {
        ZonedDateTime maintenant = ZonedDateTime.now(horloge.withZone(fuseau));
        ZonedDateTime prochaine = prochaine(maintenant, heure);
        LOG.info("Next remontées run: {}", prochaine);
        executeur.schedule(this::executer, Duration.between(maintenant, prochaine).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void executer() {
        try {
            remontees.envoyer("planification");
        } catch (RuntimeException e) {
            LOG.error("The daily remontées run failed; pending rows stay in the outbox for the next run", MaskedError.de(e, null));
        } finally {
            planifier();
        }
    }

    /** Stops: a run in progress ends after its current row (waited for at most 30 s). */
    @Override
    public void close() {
        remontees.arreter();
        executeur.shutdownNow();
        try {
            if (!executeur.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The remontées run did not end within 30 s of the stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
