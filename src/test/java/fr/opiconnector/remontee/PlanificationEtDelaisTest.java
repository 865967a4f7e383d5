package fr.opiconnector.remontee;

import fr.opiconnector.common.Metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.config.ConnectorConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanificationEtDelaisTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void the_daily_run_is_today_before_its_time_and_tomorrow_after_it() {
        LocalTime deuxHeures = LocalTime.of(2, 0);

        assertEquals(ZonedDateTime.of(2026, 7, 15, 2, 0, 0, 0, PARIS),
                PlanificationRemontees.prochaine(ZonedDateTime.of(2026, 7, 15, 1, 30, 0, 0, PARIS), deuxHeures));
        assertEquals(ZonedDateTime.of(2026, 7, 16, 2, 0, 0, 0, PARIS),
                PlanificationRemontees.prochaine(ZonedDateTime.of(2026, 7, 15, 2, 0, 0, 0, PARIS), deuxHeures));
    }

    @Test
    void the_retry_wait_doubles_with_jitter_and_stays_under_its_cap() {
        RemonteesService remontees = new RemonteesService(null, null, null, ConnectorConfig.charger(Optional.empty(),
                Map.of("OPI_REMONTEES_DELAI_INITIAL_MILLIS", "1000", "OPI_REMONTEES_DELAI_MAX_MILLIS", "5000")).parcoursup(),
                Clock.systemUTC(), Metrics.enMemoire());

        for (int i = 0; i < 50; i++) {
            Duration premier = remontees.delai(1);
            Duration troisieme = remontees.delai(3);
            Duration dixieme = remontees.delai(10);
            assertTrue(premier.toMillis() >= 500 && premier.toMillis() <= 1000, premier.toString());
            assertTrue(troisieme.toMillis() >= 2000 && troisieme.toMillis() <= 4000, troisieme.toString());
            assertTrue(dixieme.toMillis() >= 2500 && dixieme.toMillis() <= 5000, dixieme.toString());
        }
    }
}
