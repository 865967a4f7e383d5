package fr.opiconnector.inscription;

import fr.opiconnector.reception.Voeu;
import fr.opiconnector.reception.VoeuOpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The note's rules: F and S → the wish's own VET, checked against the mapping; S with its cursus; D → nothing; laissez-passer. */
class InscriptibiliteTest {

    private static final Formation DROIT = new Formation(4242, "Licence Droit", "2500123", "0350936C",
            new Vet("LDR1", 1), new Vet("LDR1", 2), new Vet("LDR1", 3),
            List.of(new CategorieOuiSi("1", 3, "CA-METHO"), new CategorieOuiSi("2", 4, "CA-TUTORAT")), null, null, 2);

    @Test
    void F_offers_the_oui_vet() {
        Offre offre = Inscriptibilite.evaluer(voeu("F", null), false, Optional.of(DROIT));

        assertTrue(offre.inscriptible());
        assertEquals(Offre.Motif.FAVORABLE, offre.motif());
        assertEquals(new Vet("LDR1", 1), offre.vet());
        assertEquals(4242, offre.codeFormationPsup());
    }

    @Test
    void F_on_another_vet_than_the_oui_one_is_offered_its_own_vet_and_flagged() {
        Offre offre = Inscriptibilite.evaluer(voeu("F", null, 3), false, Optional.of(DROIT));

        assertEquals(new Vet("LDR1", 3), offre.vet());
        assertEquals(List.of(Inscriptibilite.VET_NE_CORRESPOND_PAS_A_LA_DECISION), offre.anomalies());
    }

    @Test
    void S_on_the_vet_of_its_categorys_length_is_offered_it_with_the_cursus() {
        Offre quatreAns = Inscriptibilite.evaluer(voeu("S", "2", 3), false, Optional.of(DROIT));
        Offre troisAns = Inscriptibilite.evaluer(voeu("S", "1", 2), false, Optional.of(DROIT));

        assertEquals(Offre.Motif.OUI_SI, quatreAns.motif());
        assertEquals(new Vet("LDR1", 3), quatreAns.vet());
        assertEquals(4, quatreAns.dureeOuiSi());
        assertEquals("CA-TUTORAT", quatreAns.cursusAmenage());
        assertEquals("2", quatreAns.codCatOuiSi());
        assertEquals("motif", quatreAns.mtfCat());
        assertTrue(quatreAns.anomalies().isEmpty());
        assertEquals(new Vet("LDR1", 2), troisAns.vet());
        assertTrue(troisAns.anomalies().isEmpty());
    }

    @Test
    void S_on_a_vet_of_another_length_keeps_its_own_vet_and_is_flagged() {
        Offre offre = Inscriptibilite.evaluer(voeu("S", "1", 3), false, Optional.of(DROIT));

        assertEquals(new Vet("LDR1", 3), offre.vet());
        assertEquals("CA-METHO", offre.cursusAmenage());
        assertEquals(List.of(Inscriptibilite.VET_NE_CORRESPOND_PAS_A_LA_DECISION), offre.anomalies());
    }

    @Test
    void S_with_an_unmapped_category_stays_open_on_the_wish_vet_and_is_flagged() {
        Offre offre = Inscriptibilite.evaluer(voeu("S", "9"), false, Optional.of(DROIT));

        assertTrue(offre.inscriptible());
        assertEquals(new Vet("LDR1", 1), offre.vet());
        assertNull(offre.cursusAmenage());
        assertEquals(List.of(Inscriptibilite.CATEGORIE_OUI_SI_NON_PARAMETREE), offre.anomalies());
    }

    @Test
    void D_offers_nothing_unless_a_laissez_passer_exists() {
        Offre ferme = Inscriptibilite.evaluer(voeu("D", null), false, Optional.of(DROIT));
        Offre ouvert = Inscriptibilite.evaluer(voeu("D", null), true, Optional.of(DROIT));

        assertFalse(ferme.inscriptible());
        assertEquals(Offre.Motif.DEFAVORABLE, ferme.motif());
        assertNull(ferme.vet());
        assertTrue(ouvert.inscriptible());
        assertEquals(Offre.Motif.LAISSEZ_PASSER, ouvert.motif());
        assertEquals(new Vet("LDR1", 1), ouvert.vet());
    }

    @Test
    void a_withdrawn_wish_is_closed_even_if_it_was_F() {
        VoeuOpi donnees = new VoeuOpi("DRO", "LDR1", 1, 1, "F", null, null, "C", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        Voeu voeu = new Voeu(null, donnees, Voeu.Etat.RETIRE, List.of(), Instant.EPOCH);

        Offre offre = Inscriptibilite.evaluer(voeu, false, Optional.of(DROIT));

        assertFalse(offre.inscriptible());
        assertEquals(Offre.Motif.RETIRE, offre.motif());
    }

    @Test
    void a_wish_outside_the_mapping_is_offered_on_its_own_vet_and_flagged() {
        Offre offre = Inscriptibilite.evaluer(voeu("F", null), false, Optional.empty());

        assertTrue(offre.inscriptible());
        assertEquals(new Vet("LDR1", 1), offre.vet());
        assertEquals(List.of(Inscriptibilite.VET_HORS_FORMATIONS), offre.anomalies());
    }

    private static Voeu voeu(String decision, String categorie) {
        return voeu(decision, categorie, 1);
    }

    private static Voeu voeu(String decision, String categorie, int codVrsVet) {
        VoeuOpi donnees = new VoeuOpi("DRO", "LDR1", codVrsVet, 1, decision, categorie, categorie == null ? null : "motif", "C",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new Voeu(null, donnees, Voeu.Etat.ACTIF, List.of(), Instant.EPOCH);
    }
}
