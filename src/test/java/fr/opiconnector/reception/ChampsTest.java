package fr.opiconnector.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChampsTest {

    @Test
    void differences_name_each_changed_field_with_its_two_values() {
        Adresse avant = new Adresse("35000", "35238", "100", "12 RUE DE LA PAIX", null, null, null, null);
        Adresse apres = new Adresse("35000", "35238", "100", "14 RUE DE LA PAIX", "APPT 3", null, null, null);

        assertEquals(List.of(
                new Champs.Changement("adresseFixe.lib1", "12 RUE DE LA PAIX", "14 RUE DE LA PAIX"),
                new Champs.Changement("adresseFixe.lib2", null, "APPT 3")),
                Champs.differences("adresseFixe", Adresse.class, avant, apres));
    }

    @Test
    void a_block_that_disappears_shows_each_of_its_values_going() {
        Convocation convocation = new Convocation("02092026", 9, 30);

        assertEquals(3, Champs.differences("", Convocation.class, convocation, null).size());
    }

    @Test
    void nested_blocks_are_compared_field_by_field() {
        VoeuOpi avant = fr.opiconnector.support.OpisDEssai.voeu("DRO", "LDR1", 1, "F");
        VoeuOpi apres = new VoeuOpi("DRO", "LDR1", 1, 1, "F", null, null, "C", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, new Convocation("02092026", null, null));

        assertEquals(List.of(new Champs.Changement("convocation.datCvc", null, "02092026")),
                Champs.differences("", VoeuOpi.class, avant, apres));
    }

    @Test
    void a_block_with_no_value_at_all_is_absent() {
        Bac vide = new Bac(null, null, null, null, null, null, null, null, null, null, null, null, null);
        Bac rempli = new Bac("G", null, null, null, null, null, null, null, null, null, null, null, null);

        assertNull(Champs.nullSiVide(vide));
        assertSame(rempli, Champs.nullSiVide(rempli));
    }
}
