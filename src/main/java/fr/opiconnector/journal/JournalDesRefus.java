package fr.opiconnector.journal;

import fr.opiconnector.common.Metrics;
import fr.opiconnector.common.Periods;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls refused before authentication (HTTP 401, HTTP 403, a WS-Security refusal), which anyone can send at line
 * rate: journaled and logged per period, service, caller address and fault key, not per call. The first refusal of
 * such a key in a period writes its journal row at once (count 1) and one log line; the next ones are counted in
 * memory; once the period is over (seen by the next refusal, by a task run every period, or at the stop) the row gets
 * the count and one log line gives it. The metrics count every refusal. Past {@link #CLES_MAX} keys in a period, the
 * other addresses are counted together under {@link #AUTRES_ADRESSES}. What a crash loses is the count of the current
 * period beyond what its rows hold (at least 1 each).
 */
public final class JournalDesRefus implements AutoCloseable {

    static final int CLES_MAX = 10_000;
    static final String AUTRES_ADRESSES = "(autres adresses)";
    private static final Logger LOG = LoggerFactory.getLogger(JournalDesRefus.class);

    private record Cle(Instant debut, String operation, String adresse, String cleFaute) {
    }

    /** One key's refusals in its period: their number, and the journal row written for the first one. */
    private static final class Compte {
        /** Incremented inside the map's compute only: a count made after the key left the map starts a new one. */
        private final AtomicInteger nombre = new AtomicInteger();
        private final Instant premier;
        private final int dureeMs;
        /** The first refusal's row, once written (guarded by this). */
        private Long id;
        /** The period's count is written or being written: the first refusal writes nothing more (guarded by this). */
        private boolean conclu;

        Compte(Instant premier, int dureeMs) {
            this.premier = premier;
            this.dureeMs = dureeMs;
        }
    }

    private final EntityManagerFactory emf;
    private final Clock horloge;
    private final Metrics metriques;
    private final Duration periode;
    private final int clesMax;
    private final Map<Cle, Compte> comptes = new ConcurrentHashMap<>();
    private final Periods periodes;
    private ScheduledExecutorService ecriture;

    public JournalDesRefus(EntityManagerFactory emf, Clock horloge, Metrics metriques, Duration periode) {
        this(emf, horloge, metriques, periode, CLES_MAX);
    }

    JournalDesRefus(EntityManagerFactory emf, Clock horloge, Metrics metriques, Duration periode, int clesMax) {
        this.emf = emf;
        this.horloge = horloge;
        this.metriques = metriques;
        this.periode = periode;
        this.periodes = new Periods(periode);
        this.clesMax = clesMax;
    }

    /** Writes the counts of the periods over once every period, even when no refusal comes after them (the service). */
    public synchronized JournalDesRefus ecrirePeriodiquement() {
        if (ecriture == null) {
            ecriture = Executors.newSingleThreadScheduledExecutor(tache -> {
                Thread fil = new Thread(tache, "journal-des-refus");
                fil.setDaemon(true);
                return fil;
            });
            long secondes = periode.toSeconds();
            ecriture.scheduleWithFixedDelay(() -> ecrire(horloge.instant(), false), secondes, secondes, TimeUnit.SECONDS);
        }
        return this;
    }

    /**
     * One call refused before authentication, whose operation is the service's "(accès)" one.
     *
     * @param motif why, for the log line (e.g. "HTTP 401"): never a credential
     */
    public void refuser(Appel appel, String cleFaute, String motif) {
        metriques.appel(appel.operation(), Resultat.REFUSED.code(), cleFaute, appel.dureeNanos());
        Instant maintenant = horloge.instant();
        ecrire(maintenant, false);
        Instant debut = periodes.debut(maintenant);
        Cle cle = new Cle(debut, appel.operation(), appel.adresseAppelant() == null ? "" : appel.adresseAppelant(),
                cleFaute);
        if (comptes.size() >= clesMax && !comptes.containsKey(cle)) {
            cle = new Cle(debut, appel.operation(), AUTRES_ADRESSES, cleFaute);
        }
        int dureeMs = appel.dureeMs();
        boolean[] premier = new boolean[1];
        Compte compte = comptes.compute(cle, (c, present) -> {
            Compte compteur = present != null ? present : new Compte(maintenant, dureeMs);
            premier[0] = compteur.nombre.incrementAndGet() == 1;
            return compteur;
        });
        // After the count, so that a writing that missed the key still sees its end (see ecrire).
        Instant fin = periodes.fin(debut);
        periodes.noter(debut);
        if (!premier[0]) {
            return;
        }
        LOG.warn("{}: call refused ({}, {}) from {}; the next ones of this kind until {} are counted, then logged once",
                appel.operation(), motif, cleFaute, cle.adresse(), fin);
        synchronized (compte) {
            if (compte.conclu) {
                // The period ended meanwhile: its writing wrote the row with the count.
                return;
            }
            try {
                Journal ligne = ligne(cle, compte, 1);
                emf.runInTransaction(em -> new JournalRepository(em).ajouter(ligne));
                compte.id = ligne.id();
            } catch (RuntimeException e) {
                LOG.warn("{}: the journal row of a refused call could not be written now ({}); it will be at the end of "
                        + "the period", appel.operation(), e.getClass().getSimpleName());
            }
        }
    }

    /** Writes the counts of the periods over at that time (all of them when {@code tout}, at the stop). */
    void ecrire(Instant maintenant, boolean tout) {
        List<Journal> nouvelles = new ArrayList<>();
        Map<Long, Integer> nombres = new LinkedHashMap<>();
        for (Map.Entry<Cle, Compte> terminee : periodes.terminees(comptes, Cle::debut, maintenant, tout).entrySet()) {
            Cle cle = terminee.getKey();
            Compte compte = terminee.getValue();
            Instant fin = periodes.fin(cle.debut());
            int nombre = compte.nombre.get();
            synchronized (compte) {
                compte.conclu = true;
                if (compte.id == null) {
                    nouvelles.add(ligne(cle, compte, nombre));
                } else if (nombre > 1) {
                    nombres.put(compte.id, nombre);
                }
            }
            if (nombre > 1) {
                LOG.warn("{}: {} calls refused ({}) from {} between {} and {}; only the first was logged",
                        cle.operation(), nombre, cle.cleFaute(), cle.adresse(), cle.debut(), fin);
            }
        }
        if (nouvelles.isEmpty() && nombres.isEmpty()) {
            return;
        }
        try {
            emf.runInTransaction(em -> {
                JournalRepository journal = new JournalRepository(em);
                nouvelles.forEach(journal::ajouter);
                nombres.forEach(journal::fixerNombre);
            });
        } catch (RuntimeException e) {
            LOG.warn("the counts of {} journal row(s) of refused calls could not be written ({}); the metrics counted "
                    + "them", nouvelles.size() + nombres.size(), e.getClass().getSimpleName());
        }
    }

    private static Journal ligne(Cle cle, Compte compte, int nombre) {
        return new Journal(compte.premier, cle.operation(), null, null, Resultat.REFUSED, cle.cleFaute(), compte.dureeMs,
                cle.adresse().isEmpty() ? null : cle.adresse()).avecNombre(nombre);
    }

    /** At the stop: the counts of every period, the current one included, are written. */
    @Override
    public void close() {
        synchronized (this) {
            if (ecriture != null) {
                ecriture.shutdownNow();
            }
        }
        ecrire(horloge.instant(), true);
    }
}
