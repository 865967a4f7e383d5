package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import fr.opiconnector.support.MariaDbDEssai;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The bounded soak (Maven profile "soak", not in the default run): a steady rate of OPIs — new ones, re-sent ones,
 * F→D changes — for soak.minutes (default 10) at soak.rate calls per second (default 50), on MariaDB. Zero errors,
 * heap and database connections flat. The figures are written to target/soak-report.txt for BENCHMARKS.md.
 */
class EnduranceSoak {

    @Test
    void a_steady_rate_for_ten_minutes_without_error_or_growth() throws Exception {
        Duration duree = Duration.ofMinutes(Long.getLong("soak.minutes", 10));
        int debit = Integer.getInteger("soak.rate", 50);
        String complete = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"), StandardCharsets.UTF_8);
        String versD = new String(ConnecteurDEssai.requete("v10-f-vers-d.xml"), StandardCharsets.UTF_8);
        MemoryMXBean memoire = ManagementFactory.getMemoryMXBean();
        AtomicLong appels = new AtomicLong();
        AtomicLong erreurs = new AtomicLong();
        AtomicLong dureeTotaleMs = new AtomicLong();
        List<String> rapport = new ArrayList<>();

        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            ExecutorService travailleurs = Executors.newFixedThreadPool(16);
            ScheduledExecutorService cadence = Executors.newSingleThreadScheduledExecutor();
            long[] mesures = new long[4];
            CountDownLatch fin = new CountDownLatch(1);
            long debut = System.nanoTime();
            cadence.scheduleAtFixedRate(() -> {
                long n = appels.incrementAndGet();
                String code = String.format("P26%07d", n % 3000);
                String corps = (n % 3 == 0 ? versD : complete).replace("P260000042", code);
                travailleurs.submit(() -> {
                    long t0 = System.nanoTime();
                    Reponse reponse = connecteur.posterOctets(corps.getBytes(StandardCharsets.UTF_8));
                    dureeTotaleMs.addAndGet((System.nanoTime() - t0) / 1_000_000);
                    if (!reponse.reponseVide()) {
                        erreurs.incrementAndGet();
                    }
                });
            }, 0, 1_000_000 / debit, TimeUnit.MICROSECONDS);
            cadence.schedule(() -> {
                System.gc();
                mesures[0] = memoire.getHeapMemoryUsage().getUsed();
                mesures[1] = base.compter("SELECT COUNT(*) FROM information_schema.processlist");
            }, 60, TimeUnit.SECONDS);
            fin.await(duree.toSeconds(), TimeUnit.SECONDS);
            cadence.shutdownNow();
            travailleurs.shutdown();
            assertTrue(travailleurs.awaitTermination(60, TimeUnit.SECONDS));
            System.gc();
            mesures[2] = memoire.getHeapMemoryUsage().getUsed();
            mesures[3] = base.compter("SELECT COUNT(*) FROM information_schema.processlist");
            double secondes = (System.nanoTime() - debut) / 1e9;
            rapport.add("duration_s=" + Math.round(secondes));
            rapport.add("calls=" + appels.get() + " errors=" + erreurs.get() + " rate_per_s=" + Math.round(appels.get() / secondes));
            rapport.add("mean_latency_ms=" + (appels.get() == 0 ? 0 : dureeTotaleMs.get() / appels.get()));
            rapport.add("heap_used_after_gc_mb_at_1min=" + mesures[0] / 1_048_576 + " at_end=" + mesures[2] / 1_048_576);
            rapport.add("db_connections_at_1min=" + mesures[1] + " at_end=" + mesures[3]);
            rapport.add("individus=" + base.compter("SELECT COUNT(*) FROM individu") + " journal_rows="
                    + base.compter("SELECT COUNT(*) FROM journal"));
            Files.write(Path.of("target/soak-report.txt"), rapport);
            System.out.println(String.join("\n", rapport));

            assertEquals(0, erreurs.get(), String.join("\n", rapport));
            assertTrue(mesures[2] < mesures[0] * 1.5 + 64 * 1_048_576, "heap flat: " + rapport);
            assertTrue(mesures[3] <= mesures[1] + 2, "connections flat: " + rapport);
        }
    }
}
