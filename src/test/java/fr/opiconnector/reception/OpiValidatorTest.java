package fr.opiconnector.reception;

import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import fr.opiconnector.support.OpisDEssai;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpiValidatorTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 7, 8);

    @Test
    void a_complete_opi_passes() {
        assertDoesNotThrow(() -> OpiValidator.valider(opi(individu("14072008"), voeu("DRO", "LDR1", 1, "F")), AUJOURDHUI));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29022008", "31122007", "01011900"})
    void real_birth_dates_pass(String date) {
        assertDoesNotThrow(() -> OpiValidator.valider(opi(individu(date)), AUJOURDHUI));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29022007", "31042008", "00012008", "14132008", "1407208", "14-07-2008", "2008-07-14",
        "31121899", "09072026"})
    void impossible_or_implausible_birth_dates_are_refused(String date) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> OpiValidator.valider(opi(individu(date)), AUJOURDHUI));
        assertEquals("dateNaiIndOpi", e.champ());
        assertFalse(e.getMessage().contains(date), "the value is not repeated: " + e.getMessage());
    }

    @Test
    void a_wish_problem_names_the_field_and_the_wish_position() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> OpiValidator.valider(
                opi(individu("14072008"), voeu("DRO", "LDR1", 1, "F"), voeu("ECO", "LEC1", 2, "O")), AUJOURDHUI));
        assertEquals("codDecVeu", e.champ());
        assertTrue(e.getMessage().contains("vœu n°2"), e.getMessage());
    }

    @Test
    void the_same_vet_twice_is_refused() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> OpiValidator.valider(
                opi(individu("14072008"), voeu("DRO", "LDR1", 1, "F"), voeu("DRO", "LDR1", 1, "D")), AUJOURDHUI));
        assertEquals("voeux", e.champ());
    }

    @Test
    void an_opi_code_over_10_characters_is_refused() {
        DonneesIndividu individu = individu("14072008");
        DonneesIndividu longCode = new DonneesIndividu("P2600000421", null, individu.etatCivil(),
                individu.donneesNaissance(), null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals("codOpiIntEpo", assertThrows(DonneeInvalideException.class,
                () -> OpiValidator.valider(opi(longCode), AUJOURDHUI)).champ());
    }

    @Test
    void a_value_longer_than_its_column_is_refused_not_truncated() {
        VoeuOpi voeu = voeu("DRO", "LDR1", 1, "F");
        VoeuOpi commentaire = new VoeuOpi(voeu.codCge(), voeu.codEtp(), voeu.codVrsVet(), voeu.numCls(), voeu.codDecVeu(),
                null, null, voeu.codDemDos(), null, null, null, null, null, null, null, null, null, null, "x".repeat(501),
                null, null, null, null, null, null);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> OpiValidator.valider(opi(individu("14072008"), commentaire), AUJOURDHUI));
        assertEquals("libCmtJur", e.champ());
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"p260012345", "P26001234a", "C12345678 ", " C12345678", "C1234 5678", "C12345678\t",
        "C12345678\u00a0"})
    void an_opi_code_with_lower_case_or_a_space_is_refused(String code) {
        DonneesIndividu individu = individu("14072008");
        DonneesIndividu autre = new DonneesIndividu(code, null, individu.etatCivil(), individu.donneesNaissance(), null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> OpiValidator.valider(opi(autre), AUJOURDHUI));
        assertEquals("codOpiIntEpo", e.champ());
        assertFalse(e.getMessage().contains(code.strip()), "the value is not repeated: " + e.getMessage());
    }

    @Test
    void opi_codes_and_wish_codes_in_upper_case_with_punctuation_pass() {
        DonneesIndividu individu = individu("14072008");
        DonneesIndividu tiret = new DonneesIndividu("EC-2026_01", null, individu.etatCivil(), individu.donneesNaissance(),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertDoesNotThrow(() -> OpiValidator.valider(opi(tiret, voeu("D-1", "L_DR1", 1, "F")), AUJOURDHUI));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sci|LPH1|codCge", "SCI |LPH1|codCge", "SCI|lph1|codEtp", "SCI|LPH1 |codEtp", "SCI| LPH1|codEtp"})
    void a_wish_code_with_lower_case_or_a_space_is_refused_with_its_field(String cas) {
        String[] parties = cas.split("\\|");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> OpiValidator.valider(
                opi(individu("14072008"), voeu("SCI", "LPH1", 1, "F"), voeu(parties[0], parties[1], 1, "F")), AUJOURDHUI));
        assertEquals(parties[2], e.champ());
        assertTrue(e.getMessage().contains("vœu n°2"), e.getMessage());
    }

    static Opi opi(DonneesIndividu individu, VoeuOpi... voeux) {
        return new Opi(VersionOpi.V10, individu, List.of(voeux));
    }

    static DonneesIndividu individu(String dateNaissance) {
        return OpisDEssai.individu("P260000042", dateNaissance);
    }
}
