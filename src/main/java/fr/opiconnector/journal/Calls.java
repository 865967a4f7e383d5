package fr.opiconnector.journal;

import fr.opiconnector.common.Metrics;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;

/**
 * Admits the calls: each {@link Appel} it opens owns its call's journal row and metrics. One per process, shared by
 * the SOAP endpoints, the admin pages and the command line.
 */
public final class Calls {

    private final EntityManagerFactory emf;
    private final Clock horloge;
    private final Metrics metriques;
    private final JournalDesRefus refusAvantAuthentification;

    public Calls(EntityManagerFactory emf, Clock horloge, Metrics metriques, JournalDesRefus refusAvantAuthentification) {
        this.emf = emf;
        this.horloge = horloge;
        this.metriques = metriques;
        this.refusAvantAuthentification = refusAvantAuthentification;
    }

    /** A call admitted now; its operation may be known later ({@link Appel#operation(String)}). */
    public Appel admettre(String operation, String adresseAppelant) {
        return new Appel(this, operation, adresseAppelant, System.nanoTime());
    }

    EntityManagerFactory emf() {
        return emf;
    }

    Clock horloge() {
        return horloge;
    }

    Metrics metriques() {
        return metriques;
    }

    JournalDesRefus refusAvantAuthentification() {
        return refusAvantAuthentification;
    }
}
