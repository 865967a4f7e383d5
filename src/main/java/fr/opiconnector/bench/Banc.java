package fr.opiconnector.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One bench run: C connections, each on its own thread sending the OPIs of its generator one after the other to the
 * target; a warm-up first, not measured; then a measured window ended by a duration or a number of requests.
 */
public final class Banc {

    /**
     * How long, or how many. Exactly one of duree / requetes is set. With a nature, the measured window sends that
     * nature only, and the warm-up new candidates only (the calls that send one again need them).
     */
    public record Parametres(int connexions, Duration duree, long requetes, Duration echauffement, long graine,
            OpiSynthetique.Nature nature) {

        OpiSynthetique suivante(GenerateurOpi generateur, boolean echauffement) {
            if (nature == null) {
                return generateur.suivante();
            }
            return generateur.suivante(echauffement ? OpiSynthetique.Nature.NOUVELLE : nature);
        }
    }

    /** What the measured window gave. Latencies in milliseconds. */
    public record Rapport(int connexions, long requetes, long erreurs, Map<String, Long> erreursParGenre,
            Map<OpiSynthetique.Nature, Long> natures, double secondes, double requetesParSeconde, double p50, double p95,
            double p99, double max, double moyenne) {
    }

    private Banc() {
    }

    /** @param debutMesure run once between the warm-up and the measured window (e.g. to read the server's memory) */
    public static Rapport executer(Cible cible, Parametres parametres, Runnable debutMesure) throws InterruptedException {
        int n = parametres.connexions();
        GenerateurOpi[] generateurs = new GenerateurOpi[n];
        for (int i = 0; i < n; i++) {
            generateurs[i] = new GenerateurOpi(parametres.graine(), i);
        }
        if (!parametres.echauffement().isZero()) {
            long finEchauffement = System.nanoTime() + parametres.echauffement().toNanos();
            lancer(n, connexion -> {
                while (System.nanoTime() < finEchauffement) {
                    cible.appeler(connexion, parametres.suivante(generateurs[connexion], true));
                }
            });
        }
        debutMesure.run();
        Mesure[] mesures = new Mesure[n];
        AtomicLong restantes = new AtomicLong(parametres.requetes());
        long debut = System.nanoTime();
        long fin = parametres.duree() == null ? Long.MAX_VALUE : debut + parametres.duree().toNanos();
        lancer(n, connexion -> {
            Mesure mesure = new Mesure();
            mesures[connexion] = mesure;
            while (parametres.duree() != null ? System.nanoTime() < fin : restantes.getAndDecrement() > 0) {
                OpiSynthetique opi = parametres.suivante(generateurs[connexion], false);
                long t0 = System.nanoTime();
                Cible.Issue issue = cible.appeler(connexion, opi);
                mesure.ajouter(System.nanoTime() - t0, opi.nature(), issue);
            }
        });
        double secondes = (System.nanoTime() - debut) / 1e9;
        return rapport(n, mesures, secondes);
    }

    private interface Travail {
        void executer(int connexion);
    }

    private static void lancer(int n, Travail travail) throws InterruptedException {
        List<Thread> fils = new ArrayList<>();
        List<Throwable> pannes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int connexion = i;
            Thread fil = new Thread(() -> travail.executer(connexion), "bench-" + i);
            fil.setUncaughtExceptionHandler((t, e) -> {
                synchronized (pannes) {
                    pannes.add(e);
                }
            });
            fils.add(fil);
            fil.start();
        }
        for (Thread fil : fils) {
            fil.join();
        }
        if (!pannes.isEmpty()) {
            throw new IllegalStateException("a bench connection failed", pannes.get(0));
        }
    }

    private static Rapport rapport(int n, Mesure[] mesures, double secondes) {
        long total = 0;
        for (Mesure mesure : mesures) {
            total += mesure.taille;
        }
        long[] toutes = new long[(int) total];
        int position = 0;
        long erreurs = 0;
        Map<String, Long> parGenre = new TreeMap<>();
        Map<OpiSynthetique.Nature, Long> natures = new EnumMap<>(OpiSynthetique.Nature.class);
        for (Mesure mesure : mesures) {
            System.arraycopy(mesure.durees, 0, toutes, position, mesure.taille);
            position += mesure.taille;
            erreurs += mesure.erreurs;
            mesure.parGenre.forEach((genre, nombre) -> parGenre.merge(genre, nombre, Long::sum));
            mesure.natures.forEach((nature, nombre) -> natures.merge(nature, nombre, Long::sum));
        }
        Arrays.sort(toutes);
        double somme = 0;
        for (long duree : toutes) {
            somme += duree;
        }
        return new Rapport(n, total, erreurs, parGenre, natures, secondes, total / secondes, centile(toutes, 50),
                centile(toutes, 95), centile(toutes, 99), total == 0 ? 0 : toutes[toutes.length - 1] / 1e6,
                total == 0 ? 0 : somme / total / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double centile(long[] triees, int centile) {
        if (triees.length == 0) {
            return 0;
        }
        int rang = (int) Math.ceil(centile / 100.0 * triees.length);
        return triees[Math.max(0, rang - 1)] / 1e6;
    }

    /** One connection's measures, written by its thread only. */
    private static final class Mesure {
        private long[] durees = new long[4096];
        private int taille;
        private long erreurs;
        private final Map<String, Long> parGenre = new TreeMap<>();
        private final Map<OpiSynthetique.Nature, Long> natures = new EnumMap<>(OpiSynthetique.Nature.class);

        void ajouter(long nanos, OpiSynthetique.Nature nature, Cible.Issue issue) {
            if (taille == durees.length) {
                durees = Arrays.copyOf(durees, taille * 2);
            }
            durees[taille++] = nanos;
            natures.merge(nature, 1L, Long::sum);
            if (!issue.ok()) {
                erreurs++;
                parGenre.merge(issue.genre(), 1L, Long::sum);
            }
        }
    }
}
