package fr.opiconnector.reception;

import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.support.BaseEnMemoire;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one search box on H2 in-process: each way a registrar may type who they look for. */
class RechercheIndividusTest {

    private final BaseEnMemoire base = new BaseEnMemoire();
    private final RechercheIndividus recherche = new RechercheIndividus(base.emf());

    @BeforeEach
    void recevoir() throws Exception {
        recevoir("P260000042", "1234567890A", 21001234, "LEFÈVRE-D'ARC", "Élodie", "14072008");
        recevoir("P260000043", "2234567890B", null, "MARTIN", "Noé", "03042008");
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void a_name_is_found_by_the_start_of_any_of_its_words_whatever_the_accents_and_the_case() {
        assertEquals(List.of("P260000042"), codes("lefevre"));
        assertEquals(List.of("P260000042"), codes("d'arc"));
        assertEquals(List.of("P260000042"), codes("ELO"));
        assertEquals(List.of("P260000043"), codes("noe"));
        assertEquals(List.of(), codes("x"), "one letter is too little to search on");
    }

    @Test
    void a_code_in_any_case_an_ine_a_student_number_and_a_birth_date_each_find_their_individual() {
        assertEquals(List.of("P260000042"), codes("p260000042"));
        assertEquals(List.of("P260000043"), codes("2234567890b"));
        assertEquals(List.of("P260000042"), codes("21001234"));
        assertEquals(List.of("P260000043"), codes("03/04/2008"));
        assertEquals(List.of("P260000043"), codes("03042008"));
        assertEquals(List.of(), codes("   "));
    }

    private List<String> codes(String saisie) {
        return recherche.chercher(saisie).stream().map(RechercheIndividus.Trouve::codOpiIntEpo).toList();
    }

    private void recevoir(String code, String ine, Integer etu, String nom, String prenom, String naissance) throws Exception {
        DonneesIndividu individu = new DonneesIndividu(code, etu, new EtatCivil(ine, "F", nom, null, prenom, null, null),
                new DonneesNaissance(null, "100", null, naissance, null, null, "N"),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            new ReceptionOpiService(base.emf(), base.clock()).recevoir(new Opi(VersionOpi.V10, individu,
                    List.of(voeu("DRO", "LDR1", 1, "F"))), appel);
        }
    }
}
