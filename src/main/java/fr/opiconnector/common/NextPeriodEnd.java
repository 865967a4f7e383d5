package fr.opiconnector.common;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The end of the earliest period still counted by an aggregating writer (refused calls, failed logins), so that each
 * new count skips the writing cheaply while no period is over.
 */
public final class NextPeriodEnd {

    private final AtomicReference<Instant> fin = new AtomicReference<>(Instant.MAX);

    /** A period ending then is counted. */
    public void noter(Instant finDePeriode) {
        fin.accumulateAndGet(finDePeriode, (a, b) -> a.isBefore(b) ? a : b);
    }

    public boolean atteinte(Instant maintenant) {
        return !maintenant.isBefore(fin.get());
    }

    /** Before the writer reads the keys: a count made meanwhile either is among the keys read or notes its end again. */
    public void oublier() {
        fin.set(Instant.MAX);
    }
}
