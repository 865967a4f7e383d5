package fr.opiconnector.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The growing wait between login attempts of one address. */
class AttemptsPerAddressTest {

    private static final Instant T0 = Instant.parse("2026-06-02T08:00:00Z");
    private final AttemptsPerAddress tentatives = new AttemptsPerAddress();

    @Test
    void three_attempts_are_free_then_the_wait_doubles_up_to_ten_minutes() {
        Instant maintenant = T0;
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, tentatives.admettre("192.0.2.1", maintenant));
        }
        Duration[] attentes = new Duration[12];
        for (int i = 0; i < attentes.length; i++) {
            assertEquals(Duration.ZERO, tentatives.admettre("192.0.2.1", maintenant));
            attentes[i] = tentatives.admettre("192.0.2.1", maintenant);
            maintenant = maintenant.plus(attentes[i]);
        }

        assertEquals(Duration.ofSeconds(1), attentes[0]);
        assertEquals(Duration.ofSeconds(2), attentes[1]);
        assertEquals(Duration.ofSeconds(256), attentes[8]);
        assertEquals(Duration.ofMinutes(10), attentes[10], "capped");
        assertEquals(Duration.ofMinutes(10), attentes[11]);
    }

    @Test
    void an_attempt_refused_for_waiting_does_not_lengthen_the_wait_and_other_addresses_are_free() {
        for (int i = 0; i < 4; i++) {
            tentatives.admettre("192.0.2.2", T0);
        }

        assertEquals(Duration.ofMillis(1000), tentatives.admettre("192.0.2.2", T0));
        assertEquals(Duration.ofMillis(400), tentatives.admettre("192.0.2.2", T0.plusMillis(600)));
        assertEquals(Duration.ZERO, tentatives.admettre("192.0.2.3", T0), "another address");
        assertEquals(Duration.ZERO, tentatives.admettre("192.0.2.2", T0.plusSeconds(1)), "the wait is over");
    }

    @Test
    void a_successful_login_or_an_hour_of_quiet_starts_the_count_again() {
        for (int i = 0; i < 4; i++) {
            tentatives.admettre("192.0.2.4", T0);
            tentatives.admettre("192.0.2.5", T0);
        }

        tentatives.reussite("192.0.2.4");

        assertEquals(Duration.ZERO, tentatives.admettre("192.0.2.4", T0), "cleared by a success");
        Instant uneHeurePlusTard = T0.plus(AttemptsPerAddress.OUBLI);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, tentatives.admettre("192.0.2.5", uneHeurePlusTard), "forgotten after an hour");
        }
    }
}
