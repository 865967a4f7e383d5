package fr.opiconnector.reception;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The payload hash the journal keeps: SHA-256 of the OPI's content field by field, so two calls carrying the same
 * data have the same hash whatever their element order or nil style, and the journal needs no personal value.
 */
public final class Empreinte {

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
        MessageDigest sha = sha256();
        ajouter(sha, Champs.aplatir("individu", DonneesIndividu.class, opi.individu()));
        for (VoeuOpi voeu : opi.voeux()) {
            ajouter(sha, Champs.aplatir("voeu", VoeuOpi.class, voeu));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void ajouter(MessageDigest sha, Map<String, String> champs) {
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
