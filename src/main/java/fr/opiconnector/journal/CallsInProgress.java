package fr.opiconnector.journal;

import java.time.Duration;

/**
 * The SOAP calls being processed, so that a stop lets them finish: once the stop has begun, new calls are refused
 * with HTTP 503, and the stop waits (bounded) until the calls already accepted have answered.
 */
public final class CallsInProgress {

    private int enCours;
    private boolean arret;
    private boolean publies;

    /** Both endpoints are published: the service is ready for calls. */
    public synchronized void ouvrir() {
        publies = true;
    }

    public synchronized boolean endpointsPublies() {
        return publies;
    }

    /** Admits a call; false once the stop has begun. */
    public synchronized boolean entrer() {
        if (arret) {
            return false;
        }
        enCours++;
        return true;
    }

    public synchronized void sortir() {
        enCours--;
        notifyAll();
    }

    public synchronized boolean arretEnCours() {
        return arret;
    }

    /** Refuses new calls and waits until the accepted ones have answered, at most for the given time. */
    public synchronized int arreter(Duration delai) throws InterruptedException {
        arret = true;
        long fin = System.nanoTime() + delai.toNanos();
        while (enCours > 0) {
            long reste = fin - System.nanoTime();
            if (reste <= 0) {
                break;
            }
            wait(Math.max(1, reste / 1_000_000));
        }
        return enCours;
    }
}
