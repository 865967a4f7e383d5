package fr.opiconnector.support;

import fr.opiconnector.common.Metrics;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.database.Database;
import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.Calls;
import fr.opiconnector.journal.JournalDesRefus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The connector's schema in an in-process H2, for the fast tests of a feature's model and use cases: no HTTP, no
 * MariaDB (unless given one); the calls journaled and counted as the service does.
 */
public final class BaseEnMemoire implements AutoCloseable {

    private final Database database;
    private final SimpleMeterRegistry registre = new SimpleMeterRegistry();
    private final HorlogeReglable horloge = new HorlogeReglable(Instant.parse("2026-07-08T08:00:00Z"));
    private final JournalDesRefus refus;
    private final Calls appels;

    public BaseEnMemoire() {
        this("jdbc:h2:mem:feature-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=MariaDB;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    /** The same on another database (a MariaDB of {@link MariaDbDEssai}), for what depends on the database. */
    public BaseEnMemoire(String url, String utilisateur, String motDePasse) {
        database = Database.ouvrir(ConnectorConfig.charger(Optional.empty(), Map.of()).avecBase(url, utilisateur,
                motDePasse), Database.Schema.MIGRER);
        Metrics metriques = new Metrics(registre, horloge);
        refus = new JournalDesRefus(database.emf(), horloge, metriques, Duration.ofSeconds(30));
        appels = new Calls(database.emf(), horloge, metriques, refus);
    }

    public EntityManagerFactory emf() {
        return database.emf();
    }

    public HorlogeReglable horloge() {
        return horloge;
    }

    public Clock clock() {
        return horloge;
    }

    /** A call from a test, concluded when it is closed. */
    public Appel appel(String operation) {
        return appels.admettre(operation, "test");
    }

    /** The calls the metrics counted, whatever their outcome. */
    public long appelsComptes() {
        return registre.find("opi.calls").timers().stream().mapToLong(t -> t.count()).sum();
    }

    public long compter(String jpql) {
        return database.emf().callInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    @Override
    public void close() {
        refus.close();
        database.close();
    }
}
