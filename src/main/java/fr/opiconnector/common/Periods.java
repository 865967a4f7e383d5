package fr.opiconnector.common;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The periods of an aggregating writer (refused calls, failed logins): counts kept in memory per key and period, and
 * written once their period is over. Knows when the earliest period still counted ends, so that each new count skips
 * the writing cheaply while none is over.
 */
public final class Periods {

    private final Duration periode;
    private final AtomicReference<Instant> fin = new AtomicReference<>(Instant.MAX);

    public Periods(Duration periode) {
        this.periode = periode;
    }

    /** The start of the period holding that time (periods are aligned on the epoch). */
    public Instant debut(Instant maintenant) {
        return Instant.ofEpochSecond(Math.floorDiv(maintenant.getEpochSecond(), periode.toSeconds()) * periode.toSeconds());
    }

    public Instant fin(Instant debut) {
        return debut.plus(periode);
    }

    /** A count was made in the period starting then; called after the count, so that a writer never misses it. */
    public void noter(Instant debut) {
        Instant finDePeriode = fin(debut);
        fin.accumulateAndGet(finDePeriode, (a, b) -> a.isBefore(b) ? a : b);
    }

    /**
     * The counts whose period is over at that time (all of them when {@code tout}, at a stop), taken out of the map:
     * the caller writes them. Empty at once while no period can be over. One taker at a time.
     */
    public <K, V> Map<K, V> terminees(Map<K, V> comptes, Function<K, Instant> debutDe, Instant maintenant, boolean tout) {
        if (!tout && maintenant.isBefore(fin.get())) {
            return Map.of();
        }
        synchronized (this) {
            // Before the keys are read: a count made meanwhile either is among them or notes its end again.
            fin.set(Instant.MAX);
            Map<K, V> terminees = new LinkedHashMap<>();
            for (K cle : List.copyOf(comptes.keySet())) {
                Instant debut = debutDe.apply(cle);
                if (!tout && maintenant.isBefore(fin(debut))) {
                    noter(debut);
                    continue;
                }
                V compte = comptes.remove(cle);
                if (compte != null) {
                    terminees.put(cle, compte);
                }
            }
            return terminees;
        }
    }
}
