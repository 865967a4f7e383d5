package fr.opiconnector.securite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Passwords of the admin accounts: Argon2id (Bouncy Castle), 19 MiB, 2 passes, a random 16-byte salt, stored in the
 * PHC string form {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} so that the parameters travel with the hash.
 */
public final class Argon2 {

    private static final int MEMOIRE_KIB = 19_456;
    private static final int PASSES = 2;
    private static final int LONGUEUR = 32;
    private static final SecureRandom HASARD = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_LIRE = Base64.getDecoder();

    private Argon2() {
    }

    public static String hacher(String motDePasse) {
        byte[] sel = new byte[16];
        HASARD.nextBytes(sel);
        byte[] hache = calculer(motDePasse, sel, MEMOIRE_KIB, PASSES, 1, LONGUEUR);
        return "$argon2id$v=19$m=" + MEMOIRE_KIB + ",t=" + PASSES + ",p=1$" + B64.encodeToString(sel) + "$"
                + B64.encodeToString(hache);
    }

    /** Whether the password matches the stored PHC string (in constant time); false for a malformed string. */
    public static boolean verifier(String motDePasse, String phc) {
        String[] parties = phc == null ? new String[0] : phc.split("\\$");
        if (parties.length != 6 || !"argon2id".equals(parties[1]) || !"v=19".equals(parties[2])) {
            return false;
        }
        try {
            int memoire = 0;
            int passes = 0;
            int paralleles = 0;
            for (String parametre : parties[3].split(",")) {
                int valeur = Integer.parseInt(parametre.substring(2));
                switch (parametre.charAt(0)) {
                    case 'm' -> memoire = valeur;
                    case 't' -> passes = valeur;
                    case 'p' -> paralleles = valeur;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] attendu = B64_LIRE.decode(parties[5]);
            byte[] calcule = calculer(motDePasse, B64_LIRE.decode(parties[4]), memoire, passes, paralleles, attendu.length);
            return MessageDigest.isEqual(attendu, calcule);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static byte[] calculer(String motDePasse, byte[] sel, int memoire, int passes, int paralleles, int longueur) {
        Argon2BytesGenerator generateur = new Argon2BytesGenerator();
        generateur.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(sel).withMemoryAsKB(memoire).withIterations(passes).withParallelism(paralleles).build());
        byte[] sortie = new byte[longueur];
        generateur.generateBytes(motDePasse.getBytes(StandardCharsets.UTF_8), sortie);
        return sortie;
    }
}
