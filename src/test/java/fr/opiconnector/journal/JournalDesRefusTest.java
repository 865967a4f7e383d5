package fr.opiconnector.journal;

import fr.opiconnector.common.Metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.config.ConnectorConfig;

import fr.opiconnector.database.Database;
import fr.opiconnector.support.HorlogeReglable;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The refusals before authentication, counted per period and key, on an in-memory database. */
class JournalDesRefusTest {

    private static final String CLE = "technical.security.invaliduser.user";

    private final HorlogeReglable horloge = new HorlogeReglable(Instant.parse("2026-07-01T08:00:00Z"));
    private final SimpleMeterRegistry registre = new SimpleMeterRegistry();
    private Database database;

    @BeforeEach
    void ouvrir() {
        database = Database.ouvrir(ConnectorConfig.charger(Optional.empty(), Map.of()).avecBase("jdbc:h2:mem:refus-"
                + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=MariaDB;DATABASE_TO_LOWER=TRUE", "sa", ""),
                Database.Schema.MIGRER);
    }

    @AfterEach
    void fermer() {
        database.close();
    }

    @Test
    void past_the_bound_on_keys_the_other_addresses_share_one_row() {
        try (JournalDesRefus refus = journal(3)) {
            for (String adresse : List.of("192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5", "192.0.2.4")) {
                refuser(refus, "OpiMetier (accès)", adresse, "HTTP 401");
            }
        }

        List<Journal> lignes = lignes();
        assertEquals(List.of("192.0.2.1", "192.0.2.2", "192.0.2.3", JournalDesRefus.AUTRES_ADRESSES),
                lignes.stream().map(Journal::adresseAppelant).toList());
        assertEquals(List.of(1, 1, 1, 3), lignes.stream().map(Journal::nombre).toList());
        assertEquals(6, registre.get("opi.calls").tag("fault", CLE).timer().count());
    }

    @Test
    void a_period_over_gets_its_count_from_the_periodic_writing_without_another_refusal() {
        try (JournalDesRefus refus = journal(JournalDesRefus.CLES_MAX)) {
            for (int i = 0; i < 4; i++) {
                refuser(refus, "DossierOpi (accès)", "192.0.2.9", "WS-Security");
            }
            refus.ecrire(horloge.instant(), false);
            assertEquals(List.of(1), lignes().stream().map(Journal::nombre).toList(), "the period is not over");

            horloge.avancer(Duration.ofSeconds(30));
            refus.ecrire(horloge.instant(), false);

            assertEquals(List.of(4), lignes().stream().map(Journal::nombre).toList());
            assertEquals(Instant.parse("2026-07-01T08:00:00Z"), lignes().get(0).recuLe(), "the time of the first");
        }
        assertEquals(1, lignes().size(), "nothing left to write at the stop");
    }

    /** A call refused before authentication, as the access control reports it to the call's owner. */
    private void refuser(JournalDesRefus refus, String operation, String adresse, String motif) {
        Appel appel = new Calls(database.emf(), horloge, new Metrics(registre, horloge), refus)
                .admettre(operation, adresse);
        appel.refuserAvantAuthentification(CLE, motif);
        appel.terminer();
    }

    private JournalDesRefus journal(int clesMax) {
        return new JournalDesRefus(database.emf(), horloge, new Metrics(registre, horloge), Duration.ofSeconds(30),
                clesMax);
    }

    private List<Journal> lignes() {
        return database.emf().callInTransaction(em -> em.createQuery("select j from Journal j order by j.id",
                Journal.class).getResultList());
    }
}
