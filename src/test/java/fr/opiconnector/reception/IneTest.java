package fr.opiconnector.reception;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IneTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0512345678B",  // INE-BEA: 512345678 mod 23 = 1 → B
        "1234567890V",  // INE-BEA: 1234567890 mod 23 = 18 → V
        "1234567890v",  // the same, lower case
        "0A1B2C3D4E0",  // INE-RNIE: 6 × (0+10+1+11+2+12+3+13+4) + 14 = 350 → 0
        "123456789AB"   // INES: 9 digits + 2 letters
    })
    void valid_ines(String ine) {
        assertTrue(Ine.estValide(ine), ine);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1234567890A",  // BEA with the wrong key
        "0512345678I",  // key letter outside the BEA alphabet
        "0A1B2C3D4E1",  // RNIE with the wrong key
        "1111111111A",  // a run of one digit
        "ABCDEFGHIJ5",  // ten letters
        "0123456789AB", // twelve characters
        "12345",
        "1234567890-",
        ""
    })
    void invalid_ines(String ine) {
        assertFalse(Ine.estValide(ine), ine);
    }
}
