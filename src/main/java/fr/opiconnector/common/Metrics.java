package fr.opiconnector.common;




import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The connector's own meters: every call by operation and outcome (with the fault key of a refusal), the remontées
 * sent, retried and set aside, and the state of their queue. Tags hold operation names, outcomes and fault keys
 * only — never an OPI code or anything personal.
 */
public final class Metrics {

    private final MeterRegistry registre;
    private final Clock horloge;
    private final AtomicLong enAttente = new AtomicLong();
    private final AtomicLong echecs = new AtomicLong();
    private final AtomicLong ageSecondes = new AtomicLong();
    private final AtomicLong handshakeOk = new AtomicLong();
    private final AtomicLong handshakeAge = new AtomicLong(-1);
    private final AtomicLong baseJoignable = new AtomicLong(1);

    public Metrics(MeterRegistry registre, Clock horloge) {
        this.registre = registre;
        this.horloge = horloge;
        Gauge.builder("opi.remontees.backlog", enAttente, AtomicLong::get)
                .description("Remontées waiting to be sent to Parcoursup").register(registre);
        Gauge.builder("opi.remontees.failed", echecs, AtomicLong::get)
                .description("Remontées set aside after a refusal or too many attempts, waiting for a replay")
                .register(registre);
        Gauge.builder("opi.remontees.backlog.age", ageSecondes, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest remontée waiting to be sent (0 when none waits)").register(registre);
        Gauge.builder("opi.handshake.ok", handshakeOk, AtomicLong::get)
                .description("1 when the last real 'Tester connecteur' outcome is OK (remontées may go), else 0")
                .register(registre);
        Gauge.builder("opi.handshake.age", handshakeAge, AtomicLong::get).baseUnit("seconds")
                .description("Age of the last real 'Tester connecteur' outcome (-1 when never run)").register(registre);
        Gauge.builder("opi.database.up", baseJoignable, AtomicLong::get)
                .description("1 when the database answered the last /metrics scrape, else 0").register(registre);
        // Served at 0 from the start, so that dashboards and alerts see the series before the first run.
        List.of("sent", "retried", "failed").forEach(this::compteurRemontees);
    }

    /** Meters kept in memory and served nowhere: for the command line, which runs one operation and exits. */
    public static Metrics enMemoire() {
        return new Metrics(new SimpleMeterRegistry(), Clock.systemUTC());
    }

    public MeterRegistry registre() {
        return registre;
    }

    /** One call concluded: its operation, outcome code, fault key (or null) and duration. */
    public void appel(String operation, String issue, String cleFaute, long dureeNanos) {
        Timer.builder("opi.calls")
                .description("SOAP calls by operation and outcome (fault key for a refused call), from receipt to answer")
                .tag("operation", operation)
                .tag("outcome", issue)
                .tag("fault", cleFaute == null ? "none" : cleFaute)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registre)
                .record(dureeNanos, TimeUnit.NANOSECONDS);
    }

    public void remontee(String issue) {
        compteurRemontees(issue).increment();
    }

    private Counter compteurRemontees(String issue) {
        return Counter.builder("opi.remontees")
                .description("Remontées attempts by outcome: sent, retried (later), failed (set aside)")
                .tag("outcome", issue).register(registre);
    }

    /** One check of the SOAP credentials against a hashed password, by how it ended. */
    public void verificationMotDePasse(String issue) {
        Counter.builder("opi.ws.password.checks")
                .description("Checks of the SOAP credentials against the hashed password: derived (PBKDF2 run), cached "
                        + "(accepted without it), refused, throttled (the address tries too often), busy (no derivation "
                        + "slot)")
                .tag("outcome", issue).register(registre).increment();
    }

    /**
     * The queue's state, read from the database just before each scrape.
     *
     * @param handshakeOk whether the last real "Tester connecteur" outcome is OK
     * @param dernierHandshake when that outcome was obtained, if ever
     */
    public void etatRemontees(boolean handshakeOk, java.util.Optional<java.time.Instant> dernierHandshake, long enAttente,
            long echecs, java.util.Optional<java.time.Instant> plusAncienneEnAttente) {
        baseJoignable.set(1);
        this.handshakeOk.set(handshakeOk ? 1 : 0);
        handshakeAge.set(dernierHandshake
                .map(le -> Math.max(0, Duration.between(le, horloge.instant()).toSeconds())).orElse(-1L));
        this.enAttente.set(enAttente);
        this.echecs.set(echecs);
        ageSecondes.set(plusAncienneEnAttente
                .map(depuis -> Math.max(0, Duration.between(depuis, horloge.instant()).toSeconds())).orElse(0L));
    }

    /** The database did not answer the scrape's read: the other gauges keep their last values. */
    public void baseInjoignable() {
        baseJoignable.set(0);
    }
}
