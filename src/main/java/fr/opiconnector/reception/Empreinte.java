package fr.opiconnector.reception;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The payload hash the journal keeps: SHA-256 of the OPI's content field by field (each field's dotted path, then its
 * value or its absence), so two calls carrying the same data have the same hash whatever their element order or nil
 * style, and the journal needs no personal value.
 */
public final class Empreinte {

    /** "individu.etatCivil.libNomPatIndOpi", "voeu.codDecVeu"…: the paths the hash covers, as bytes, made once. */
    private static final byte[][] CHEMINS_INDIVIDU = chemins("individu", Colonnes.INDIVIDU);
    private static final byte[][] CHEMINS_VOEU = chemins("voeu", Colonnes.VOEU);

    private Empreinte() {
    }

    /**
     * What is kept on the individual of the last OPI applied to it: the payload hash with the operation version, as
     * a version decides what an absent field means (kept, or emptied).
     */
    public static String recue(Opi opi, String empreinte) {
        return opi.version().name() + ":" + empreinte;
    }

    public static String de(Opi opi) {
        return de(ValeursOpi.de(opi));
    }

    public static String de(ValeursOpi valeurs) {
        MessageDigest sha = sha256();
        ajouter(sha, CHEMINS_INDIVIDU, valeurs.individu());
        for (Object[] voeu : valeurs.voeux()) {
            ajouter(sha, CHEMINS_VOEU, voeu);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void ajouter(MessageDigest sha, byte[][] chemins, Object[] valeurs) {
        for (int i = 0; i < valeurs.length; i++) {
            sha.update(chemins[i]);
            sha.update((byte) 0);
            if (valeurs[i] != null) {
                sha.update((byte) 1);
                sha.update(valeurs[i].toString().getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
        }
    }

    private static byte[][] chemins(String prefixe, List<Colonnes.Champ> champs) {
        return champs.stream().map(c -> (prefixe + "." + c.chemin()).getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
