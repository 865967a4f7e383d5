package fr.opiconnector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.opiconnector.bench.Banc;
import fr.opiconnector.bench.ChargementRapide;
import fr.opiconnector.bench.Cible;
import fr.opiconnector.bench.CibleHttp;
import fr.opiconnector.bench.MemoireServeur;
import fr.opiconnector.bench.OpiSynthetique.Nature;
import fr.opiconnector.bench.PlafondBase;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * bench: drives a running connector over HTTP with synthetic OPIs and prints throughput, latency percentiles,
 * errors by kind and the server's memory; needs no database of its own.
 */
@Command(name = "bench", description = "Load-test an OpiMetier endpoint with synthetic OPIs (or the database ceiling).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--url", description = "The OpiMetier endpoint, e.g. http://127.0.0.1:8080/services/OpiMetier.")
    private URI url;

    @Option(names = "--user", description = "HTTP Basic user of the endpoint.")
    private String utilisateur;

    @Option(names = "--password", description = "HTTP Basic password (or the environment variable OPI_BENCH_PASSWORD).")
    private String motDePasse;

    @Option(names = "--connections", defaultValue = "4", description = "Concurrent connections (default ${DEFAULT-VALUE}).")
    private int connexions;

    @ArgGroup(exclusive = true)
    private Fin fin = new Fin();

    static final class Fin {
        @Option(names = "--duration", description = "Seconds measured (default 30 when --requests is not given).")
        Integer secondes;

        @Option(names = "--requests", description = "Requests measured, shared by the connections.")
        Long requetes;
    }

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up, not measured (default ${DEFAULT-VALUE}).")
    private int echauffement;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic OPIs (default ${DEFAULT-VALUE}).")
    private long graine;

    @Option(names = "--nature", description = "Measure one nature of call only: nouvelle, inchangee, f-vers-d or "
            + "voeu-retire (the warm-up then sends new candidates only, for the others to send again).")
    private String nature;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Option(names = "--db-ceiling", description = "Measure the database ceiling: each call's rows written straight "
            + "through JDBC to --db-url, one transaction per call, instead of driving --url.")
    private boolean plafondBase;

    @Option(names = "--db-url", description = "JDBC URL of the database for --db-ceiling or --load (its schema is "
            + "migrated first).")
    private String urlBase;

    @Option(names = "--db-user", defaultValue = "", description = "Database user.")
    private String utilisateurBase;

    @Option(names = "--db-password", defaultValue = "", description = "Database password.")
    private String motDePasseBase;

    @Option(names = "--load", description = "Store this many synthetic individuals in --db-url (fast path, codes P25…), "
            + "then exit.")
    private Long chargement;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, JsonProcessingException {
        if (connexions < 1 || connexions > 1024) {
            throw new ParameterException(spec.commandLine(), "--connections: expected 1 to 1024");
        }
        if (chargement != null) {
            return charger();
        }
        if (plafondBase) {
            return plafond();
        }
        if (url == null) {
            throw new ParameterException(spec.commandLine(), "--url is required: the OpiMetier endpoint to drive");
        }
        Banc.Parametres parametres = parametres();
        String secret = motDePasse != null ? motDePasse : System.getenv("OPI_BENCH_PASSWORD");
        URI metriques = url.resolve("/metrics");
        Sonde sonde = new Sonde(MemoireServeur.de(url.getHost(), url.getPort() > 0 ? url.getPort()
                : "https".equals(url.getScheme()) ? 443 : 80, metriques));
        try (Cible cible = new CibleHttp(url, utilisateur, secret, connexions)) {
            return rapporter(Banc.executer(cible, parametres, sonde::debut), sonde, url.toString());
        }
    }

    private int charger() {
        exigerUrlBase("--load");
        if (chargement < 1) {
            throw new ParameterException(spec.commandLine(), "--load: expected 1 or more individuals");
        }
        long debut = System.nanoTime();
        long charges = ChargementRapide.charger(urlBase, utilisateurBase, motDePasseBase, chargement, graine);
        spec.commandLine().getOut().printf(Locale.ROOT, "loaded %d individual(s) in %.1f s%n", charges,
                (System.nanoTime() - debut) / 1e9);
        return 0;
    }

    private int plafond() throws InterruptedException, JsonProcessingException {
        exigerUrlBase("--db-ceiling");
        Banc.Parametres parametres = parametres();
        URI base = URI.create(sansParametres(urlBase).substring("jdbc:".length()));
        Sonde sonde = new Sonde(base.getHost() == null ? MemoireServeur.aucune()
                : MemoireServeur.de(base.getHost(), base.getPort() > 0 ? base.getPort() : 3306, null));
        try (Cible cible = new PlafondBase(urlBase, utilisateurBase, motDePasseBase, connexions)) {
            return rapporter(Banc.executer(cible, parametres, sonde::debut), sonde, "db-ceiling " + sansParametres(urlBase));
        }
    }

    private void exigerUrlBase(String option) {
        if (urlBase == null || urlBase.isBlank()) {
            throw new ParameterException(spec.commandLine(), option + " needs --db-url, e.g. jdbc:mariadb://127.0.0.1:3306/opi_bench");
        }
    }

    private static String sansParametres(String url) {
        int point = url.indexOf('?');
        int pointVirgule = url.indexOf(';');
        int fin = point < 0 ? pointVirgule : pointVirgule < 0 ? point : Math.min(point, pointVirgule);
        return fin < 0 ? url : url.substring(0, fin);
    }

    private Banc.Parametres parametres() {
        if (echauffement < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup: expected 0 or more seconds");
        }
        if (fin.requetes != null) {
            if (fin.requetes < 1) {
                throw new ParameterException(spec.commandLine(), "--requests: expected 1 or more");
            }
            return new Banc.Parametres(connexions, null, fin.requetes, Duration.ofSeconds(echauffement), graine,
                    natureSeule());
        }
        int secondes = fin.secondes == null ? 30 : fin.secondes;
        if (secondes < 1) {
            throw new ParameterException(spec.commandLine(), "--duration: expected 1 or more seconds");
        }
        return new Banc.Parametres(connexions, Duration.ofSeconds(secondes), 0, Duration.ofSeconds(echauffement), graine,
                natureSeule());
    }

    private Nature natureSeule() {
        if (nature == null) {
            return null;
        }
        try {
            return Nature.valueOf(nature.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--nature: expected nouvelle, inchangee, f-vers-d or "
                    + "voeu-retire, not '" + nature + "'");
        }
    }

    /** The server's memory and CPU time at the start and at the end of the measured window. */
    private static final class Sonde {
        private final MemoireServeur memoire;
        private OptionalLong rssDebut = OptionalLong.empty();
        private OptionalLong tasDebut = OptionalLong.empty();
        private OptionalLong cpuDebut = OptionalLong.empty();

        Sonde(MemoireServeur memoire) {
            this.memoire = memoire;
        }

        void debut() {
            rssDebut = memoire.residenteMo();
            tasDebut = memoire.tasMo();
            cpuDebut = memoire.cpuMs();
        }
    }

    private int rapporter(Banc.Rapport rapport, Sonde sonde, String cible) throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        OptionalLong rssFin = sonde.memoire.residenteMo();
        OptionalLong tasFin = sonde.memoire.tasMo();
        OptionalLong cpuFin = sonde.memoire.cpuMs();
        Double cpuParRequete = sonde.cpuDebut.isPresent() && cpuFin.isPresent() && rapport.requetes() > 0
                ? arrondi((double) (cpuFin.getAsLong() - sonde.cpuDebut.getAsLong()) / rapport.requetes()) : null;
        if (json) {
            Map<String, Object> objet = new LinkedHashMap<>();
            objet.put("target", cible);
            objet.put("connections", rapport.connexions());
            objet.put("seconds", arrondi(rapport.secondes()));
            objet.put("requests", rapport.requetes());
            objet.put("errors", rapport.erreurs());
            objet.put("errors_by_kind", rapport.erreursParGenre());
            objet.put("requests_per_second", arrondi(rapport.requetesParSeconde()));
            objet.put("p50_ms", arrondi(rapport.p50()));
            objet.put("p95_ms", arrondi(rapport.p95()));
            objet.put("p99_ms", arrondi(rapport.p99()));
            objet.put("max_ms", arrondi(rapport.max()));
            objet.put("mean_ms", arrondi(rapport.moyenne()));
            Map<String, Long> natures = new LinkedHashMap<>();
            rapport.natures().forEach((nature, nombre) -> natures.put(nature.name().toLowerCase(Locale.ROOT), nombre));
            objet.put("natures", natures);
            objet.put("server_rss_mb_start", valeur(sonde.rssDebut));
            objet.put("server_rss_mb_end", valeur(rssFin));
            objet.put("server_heap_mb_start", valeur(sonde.tasDebut));
            objet.put("server_heap_mb_end", valeur(tasFin));
            objet.put("server_cpu_ms_per_request", cpuParRequete);
            out.println(Json.ecrire(objet));
        } else {
            out.printf(Locale.ROOT, "bench: %d connection(s), %.1f s measured, target %s%n", rapport.connexions(),
                    rapport.secondes(), cible);
            out.printf(Locale.ROOT, "requests    %d (new %d, unchanged %d, F→D %d, wish withdrawn %d)%n", rapport.requetes(),
                    nature(rapport, Nature.NOUVELLE), nature(rapport, Nature.INCHANGEE), nature(rapport, Nature.F_VERS_D),
                    nature(rapport, Nature.VOEU_RETIRE));
            out.printf(Locale.ROOT, "errors      %d%s%n", rapport.erreurs(),
                    rapport.erreursParGenre().isEmpty() ? "" : " " + rapport.erreursParGenre());
            out.printf(Locale.ROOT, "throughput  %.1f requests/s%n", rapport.requetesParSeconde());
            out.printf(Locale.ROOT, "latency ms  p50 %.2f  p95 %.2f  p99 %.2f  max %.2f  mean %.2f%n", rapport.p50(),
                    rapport.p95(), rapport.p99(), rapport.max(), rapport.moyenne());
            out.println("server      resident " + mo(sonde.rssDebut, rssFin) + ", heap in use " + mo(sonde.tasDebut, tasFin)
                    + ", CPU " + (cpuParRequete == null ? "not measured" : cpuParRequete + " ms per request"));
        }
        return rapport.erreurs() == 0 ? 0 : 1;
    }

    private static Long valeur(OptionalLong mo) {
        return mo.isPresent() ? mo.getAsLong() : null;
    }

    private static String mo(OptionalLong debut, OptionalLong fin) {
        return debut.isPresent() && fin.isPresent() ? debut.getAsLong() + " → " + fin.getAsLong() + " MiB" : "not measured";
    }

    private static long nature(Banc.Rapport rapport, Nature nature) {
        return rapport.natures().getOrDefault(nature, 0L);
    }

    private static double arrondi(double valeur) {
        return Math.round(valeur * 100) / 100.0;
    }
}
