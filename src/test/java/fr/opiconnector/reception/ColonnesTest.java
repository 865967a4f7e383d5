package fr.opiconnector.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.support.OpisDEssai;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fields of an OPI as the write path, the history and the payload hash see them. */
class ColonnesTest {

    @Test
    void columns_are_named_as_the_entities_map_them() {
        assertEquals("cod_opi_int_epo", Colonnes.colonne("codOpiIntEpo"));
        assertEquals("adresse_fixe_lib1", Colonnes.colonne("adresseFixe.lib1"));
        assertEquals("bac_cod_spe1_bac_ter", Colonnes.colonne("bac.codSpe1BacTer"));
        assertEquals("titre_acces_externe_cod_dac_opi", Colonnes.colonne("titreAccesExterne.codDacOpi"));
        assertEquals(List.of("codCge", "codEtp", "codVrsVet"), Colonnes.VOEU.stream().map(Colonnes.Champ::chemin)
                .filter(chemin -> Colonnes.VOEU_MODIFIABLES.stream().noneMatch(c -> c.chemin().equals(chemin))).toList());
    }

    @Test
    void differences_name_each_changed_field_by_its_dotted_path_with_its_two_values() {
        VoeuOpi avant = OpisDEssai.voeu("DRO", "LDR1", 1, "F");
        VoeuOpi apres = new VoeuOpi("DRO", "LDR1", 1, 2, "D", null, null, "C", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, new Convocation("02092026", 9, null));

        List<Colonnes.Difference> differences = Colonnes.differences(Colonnes.VOEU,
                Colonnes.valeurs(Colonnes.VOEU, avant), Colonnes.valeurs(Colonnes.VOEU, apres));

        assertEquals(List.of(
                new Colonnes.Difference("numCls", "1", "2"),
                new Colonnes.Difference("codDecVeu", "F", "D"),
                new Colonnes.Difference("convocation.datCvc", null, "02092026"),
                new Colonnes.Difference("convocation.dhhCvc", null, "9")), differences);
    }

    @Test
    void a_block_that_disappears_shows_each_of_its_values_going() {
        Adresse adresse = new Adresse("35000", "35238", "100", "12 RUE DE LA PAIX", null, null, null, null);

        List<Colonnes.Difference> differences = Colonnes.differences(Colonnes.de(Adresse.class),
                Colonnes.valeurs(Colonnes.de(Adresse.class), adresse), Colonnes.valeurs(Colonnes.de(Adresse.class), null));

        assertEquals(4, differences.size());
        assertEquals(new Colonnes.Difference("lib1", "12 RUE DE LA PAIX", null), differences.get(3));
    }

    @Test
    void each_operation_version_leaves_out_the_fields_its_dtos_lack() {
        assertEquals(List.of("bac.codSpe1BacTer", "bac.codSpe2BacTer", "bac.codSpeBacPre", "bac.codOpt1Bac",
                "bac.codOpt2Bac", "bac.codOpt3Bac", "bac.codOpt4Bac", "voeuxModEnv"), nonPortes(VersionOpi.V7, Colonnes.INDIVIDU));
        assertEquals(nonPortes(VersionOpi.V7, Colonnes.INDIVIDU), nonPortes(VersionOpi.V9, Colonnes.INDIVIDU));
        assertEquals(List.of("codCatOuiSi", "mtfCat", "codRge", "ctrAdr", "codCatExoExt", "comExoExt"),
                nonPortes(VersionOpi.V7, Colonnes.VOEU));
        assertEquals(List.of("codRge", "codCatExoExt", "comExoExt"), nonPortes(VersionOpi.V8, Colonnes.VOEU));
        assertEquals(List.of("codRge"), nonPortes(VersionOpi.V9, Colonnes.VOEU));
        assertEquals(List.of(), nonPortes(VersionOpi.V10, Colonnes.INDIVIDU));
        assertEquals(List.of(), nonPortes(VersionOpi.V10, Colonnes.VOEU));
    }

    @Test
    void the_payload_hash_is_the_one_the_journal_and_stored_fingerprints_already_hold() throws Exception {
        Opi opi = OpisDEssai.opi("P260000042", OpisDEssai.voeu("DRO", "LDR1", 1, "F"), OpisDEssai.voeu("ECO", "LEC1", 1, "S"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        hacher(sha, Champs.aplatir("individu", DonneesIndividu.class, opi.individu()));
        for (VoeuOpi voeu : opi.voeux()) {
            hacher(sha, Champs.aplatir("voeu", VoeuOpi.class, voeu));
        }

        assertEquals(HexFormat.of().formatHex(sha.digest()), Empreinte.de(opi));
    }

    /** The hash as it was first defined: each dotted path, a 0, then 1 and the value when present, then a 0. */
    private static void hacher(MessageDigest sha, Map<String, String> champs) {
        champs.forEach((champ, valeur) -> {
            sha.update(champ.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (valeur != null) {
                sha.update((byte) 1);
                sha.update(valeur.getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
        });
    }

    private static List<String> nonPortes(VersionOpi version, List<Colonnes.Champ> champs) {
        return java.util.Arrays.stream(version.nonPortes(champs)).mapToObj(i -> champs.get(i).chemin()).toList();
    }
}
