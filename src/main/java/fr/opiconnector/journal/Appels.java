package fr.opiconnector.journal;

import fr.opiconnector.common.Metriques;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;

/**
 * Admits the calls: each {@link Appel} it opens owns its call's journal row and metrics. One per process, shared by
 * the SOAP endpoints, the admin pages and the command line.
 */
public final class Appels {

    private final EntityManagerFactory emf;
    private final Clock horloge;
    private final Metriques metriques;
    private final JournalDesRefus refusAvantAuthentification;

    public Appels(EntityManagerFactory emf, Clock horloge, Metriques metriques, JournalDesRefus refusAvantAuthentification) {
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

    Metriques metriques() {
        return metriques;
    }

    JournalDesRefus refusAvantAuthentification() {
        return refusAvantAuthentification;
    }
}
