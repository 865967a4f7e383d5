package fr.opiconnector.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ChampsTest {

    @Test
    void a_block_whose_only_value_is_in_a_nested_block_is_not_empty() {
        TitreAccesExterne vide = new TitreAccesExterne(null, null, null, null, null, null);

        assertNull(Champs.nullSiVide(vide));
        VoeuOpi sansCle = new VoeuOpi(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, new Convocation("02092026", null, null));
        assertSame(sansCle, Champs.nullSiVide(sansCle));
    }

    @Test
    void a_block_with_no_value_at_all_is_absent() {
        Bac vide = new Bac(null, null, null, null, null, null, null, null, null, null, null, null, null);
        Bac rempli = new Bac("G", null, null, null, null, null, null, null, null, null, null, null, null);

        assertNull(Champs.nullSiVide(vide));
        assertSame(rempli, Champs.nullSiVide(rempli));
    }
}
