package fr.opiconnector.securite;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The configured password of the SOAP endpoints: in clear, or as a salted PBKDF2-SHA256 hash
 * {@code pbkdf2-sha256:<iterations>:<salt, base64>:<hash, base64>} (the JDK's implementation). Comparisons take the
 * same time whatever the password tried.
 */
public final class MotDePasse {

    private static final String PREFIXE = "pbkdf2-sha256:";
    private static final int ITERATIONS = 210_000;

    private final String stocke;

    public MotDePasse(String stocke) {
        this.stocke = stocke;
    }

    /** The password itself when it is configured in clear (a WS-Security digest needs it). */
    public java.util.Optional<String> enClair() {
        return estUnHache() ? java.util.Optional.empty() : java.util.Optional.of(stocke);
    }

    public boolean estUnHache() {
        return stocke.startsWith(PREFIXE);
    }

    public boolean verifier(String fourni) {
        if (fourni == null) {
            return false;
        }
        if (!estUnHache()) {
            return MessageDigest.isEqual(sha256(stocke), sha256(fourni));
        }
        String[] parties = stocke.split(":", 4);
        int iterations = Integer.parseInt(parties[1]);
        byte[] sel = Base64.getDecoder().decode(parties[2]);
        byte[] attendu = Base64.getDecoder().decode(parties[3]);
        return MessageDigest.isEqual(attendu, pbkdf2(fourni, sel, iterations, attendu.length * 8));
    }

    /** A new salted hash of a password, for the configuration. */
    public static String hacher(String motDePasse) {
        byte[] sel = new byte[16];
        new SecureRandom().nextBytes(sel);
        return PREFIXE + ITERATIONS + ":" + Base64.getEncoder().encodeToString(sel) + ":"
                + Base64.getEncoder().encodeToString(pbkdf2(motDePasse, sel, ITERATIONS, 256));
    }

    /** Checks the form of a stored hash, so that a broken one stops the start rather than every call. */
    public static boolean formeValide(String stocke) {
        if (!stocke.startsWith(PREFIXE)) {
            return true;
        }
        String[] parties = stocke.split(":", 4);
        try {
            return parties.length == 4 && Integer.parseInt(parties[1]) > 0
                    && Base64.getDecoder().decode(parties[2]).length > 0 && Base64.getDecoder().decode(parties[3]).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] pbkdf2(String motDePasse, byte[] sel, int iterations, int bits) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(motDePasse.toCharArray(), sel, iterations, bits)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] sha256(String texte) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "***";
    }
}
