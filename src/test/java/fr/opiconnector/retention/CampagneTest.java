package fr.opiconnector.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampagneTest {

    @Test
    void the_campaign_is_the_year_in_a_parcoursup_code_else_the_paris_year_of_reception() {
        Instant nouvelAnAParis = Instant.parse("2025-12-31T23:30:00Z");

        assertEquals(2025, Campagne.de("P250000042", nouvelAnAParis));
        assertEquals(2026, Campagne.de("OPI-AUTRE-1", nouvelAnAParis));
        assertEquals(2026, Campagne.de("p250000042", nouvelAnAParis), "only an exact Parcoursup code carries its year");
    }

    @Test
    void a_campaign_closes_on_the_first_of_january_of_the_next_year() {
        assertFalse(Campagne.close(2025, LocalDate.of(2025, 12, 31)));
        assertTrue(Campagne.close(2025, LocalDate.of(2026, 1, 1)));
    }
}
