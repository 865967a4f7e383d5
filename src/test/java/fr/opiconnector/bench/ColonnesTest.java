package fr.opiconnector.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The columns the bench writes are the connector's. */
class ColonnesTest {

    @Test
    void columns_are_named_as_the_connector_maps_them() {
        assertEquals("cod_opi_int_epo", Colonnes.colonne("codOpiIntEpo"));
        assertEquals("adresse_fixe_lib1", Colonnes.colonne("adresseFixe.lib1"));
        assertEquals("bac_cod_spe1_bac_ter", Colonnes.colonne("bac.codSpe1BacTer"));
        assertEquals("titre_acces_externe_cod_dac_opi", Colonnes.colonne("titreAccesExterne.codDacOpi"));
        assertEquals(List.of("codCge", "codEtp", "codVrsVet"), Colonnes.VOEU.stream().map(Colonnes.Champ::chemin)
                .filter(chemin -> Colonnes.VOEU_MODIFIABLES.stream().noneMatch(c -> c.chemin().equals(chemin))).toList());
    }
}
