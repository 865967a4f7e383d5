package fr.opiconnector.reception;

import fr.opiconnector.common.NumeroOpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumeroOpiTest {

    @Test
    void logs_show_the_first_six_characters_of_an_opi_number_and_hide_the_rest() {
        assertEquals("P26001****", NumeroOpi.masque("P260012345"));
    }

    @Test
    void a_short_code_shows_less_and_never_all_of_itself() {
        assertEquals("P2****", NumeroOpi.masque("P26001"));
        assertEquals("****", NumeroOpi.masque("P260"));
        assertEquals("*", NumeroOpi.masque("P"));
        assertEquals("(no code)", NumeroOpi.masque(null));
    }

    @Test
    void a_message_quoting_the_code_shows_it_masked() {
        assertEquals("le code OPI P26001**** n'a pas la forme attendue",
                NumeroOpi.masqueDans("le code OPI P260012345 n'a pas la forme attendue", "P260012345"));
        assertEquals("sans code", NumeroOpi.masqueDans("sans code", null));
    }
}
