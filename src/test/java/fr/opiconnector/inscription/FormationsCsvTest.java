package fr.opiconnector.inscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormationsCsvTest {

    private static final String ENTETE = FormationsCsv.ENTETE;

    @Test
    void the_shipped_sample_file_is_valid() throws Exception {
        List<Formation> formations = FormationsCsv.lire("config/formations.csv",
                Files.readAllLines(Path.of("config/formations.csv"), StandardCharsets.UTF_8));

        assertEquals(5, formations.size());
        Formation eco = formations.get(1);
        assertEquals(4310, eco.codeFormationPsup());
        assertEquals(new Vet("LEC1", 1), eco.vetOui());
        assertEquals(Optional.of(new Vet("LEC1", 3)), eco.vetOuiSi(4));
        assertEquals(Optional.of(new CategorieOuiSi("2", 3, "CA-REMISE")), eco.categorie("2"));
        assertEquals(Optional.empty(), formations.get(4).vetOuiSi(3));
        assertEquals(Optional.of("PS-LEC1"), eco.codeVoeuPegase());
        assertEquals(Optional.of("PER-2026"), eco.codePeriodePegase());
    }

    @Test
    void the_pegase_columns_are_optional_in_the_header_and_on_each_line() {
        List<Formation> sans = FormationsCsv.lire("f.csv", List.of(ENTETE, "4242;Licence Droit;2500123;0350936C;LDR1/1;;;"));
        List<Formation> avec = FormationsCsv.lire("f.csv", List.of(FormationsCsv.ENTETE_PEGASE,
                "4242;Licence Droit;2500123;0350936C;LDR1/1;;;;PS-LDR1;PER-2026",
                "4243;Licence Histoire;2500124;0350936C;LHI1/1;;;;;"));

        assertEquals(Optional.empty(), sans.get(0).codeVoeuPegase());
        assertEquals(Optional.of("PS-LDR1"), avec.get(0).codeVoeuPegase());
        assertEquals(Optional.of("PER-2026"), avec.get(0).codePeriodePegase());
        assertEquals(Optional.empty(), avec.get(1).codePeriodePegase());
        assertEquals(List.of("line 2: codeVoeuPegase \"PS LDR1\" must be 1 to 64 characters without blanks",
                "line 3: 8 columns, expected 10 (" + FormationsCsv.ENTETE_PEGASE + ")"),
                assertThrows(FormationsInvalidesException.class, () -> FormationsCsv.lire("f.csv", List.of(
                        FormationsCsv.ENTETE_PEGASE,
                        "4242;Licence Droit;2500123;0350936C;LDR1/1;;;;PS LDR1;PER-2026",
                        "4243;Licence Histoire;2500124;0350936C;LHI1/1;;;"))).erreurs());
    }

    @Test
    void every_bad_line_is_reported_with_its_number() {
        FormationsInvalidesException e = assertThrows(FormationsInvalidesException.class, () -> FormationsCsv.lire("f.csv", List.of(
                "# comment",
                ENTETE,
                "4242;Licence Droit;2500123;0350936C;LDR1/1;LDR1/2;;1:3:CA-METHO",
                "x;Licence;2500123;0350936C;LDR1/9;;;",
                "4242;Licence bis;2500124;0350936C;LDX1/1;;;",
                "5000;Licence;2500125;350936C;LDR1/2;;;",
                "5001;Licence;2500126;0350936C;LDR 1;;;",
                "5002;Licence;2500127;0350936C;LDZ1/1;;;2:4:CA-X",
                "5003;Licence;2500128;0350936C",
                "",
                "5004;Licence Correcte;2500129;0350936C;LDY1/1;;;")));

        assertEquals(List.of(
                "line 4: codeFormationPsup \"x\" is not an integer",
                "line 5: codeFormationPsup 4242 is already on line 3",
                "line 6: uaiAffectation \"350936C\" must be an UAI: 7 digits and a capital letter",
                "line 7: vetOui \"LDR 1\" must be a VET written codEtp/codVrsVet, e.g. LDR1/1",
                "line 8: Oui-Si category 2 is a 4-year course but vetOuiSi4Ans is empty",
                "line 9: 4 columns, expected 8 (" + ENTETE + ")"), e.erreurs());
    }

    @Test
    void a_vet_in_two_formations_is_refused() {
        FormationsInvalidesException e = assertThrows(FormationsInvalidesException.class, () -> FormationsCsv.lire("f.csv", List.of(
                ENTETE,
                "4242;Licence Droit;2500123;0350936C;LDR1/1;LDR1/2;;1:3:CA-METHO",
                "4243;Licence Droit bis;2500124;0350936C;LDR1/2;;;")));

        assertEquals(List.of("line 3: the VET LDR1/2 is already on line 2 (a VET belongs to one formation)"), e.erreurs());
    }

    @Test
    void a_wrong_header_or_an_empty_file_is_refused() {
        assertEquals(List.of("line 1: the header must be " + ENTETE + " (optionally followed by "
                + ";codeVoeuPegase;codePeriodePegase)"), assertThrows(FormationsInvalidesException.class,
                () -> FormationsCsv.lire("f.csv", List.of("code;libelle"))).erreurs());
        assertEquals(1, assertThrows(FormationsInvalidesException.class,
                () -> FormationsCsv.lire("f.csv", List.of("# nothing"))).erreurs().size());
    }
}
