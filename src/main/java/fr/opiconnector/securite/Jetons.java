package fr.opiconnector.securite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one-time secrets of the admin accounts: link tokens (32 random bytes, URL-safe Base64) and e-mailed codes
 * (6 digits). The database keeps their SHA-256 only: a token's 256 bits need no salt or slow hash; a code's hash
 * carries its account's login, and a code lives 10 minutes and serves once.
 */
public final class Jetons {

    private static final SecureRandom HASARD = new SecureRandom();

    private Jetons() {
    }

    /** A new link token. */
    public static String jeton() {
        byte[] octets = new byte[32];
        HASARD.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    /** A new 6-digit code. */
    public static String code() {
        return String.format("%06d", HASARD.nextInt(1_000_000));
    }

    /** What the database keeps of a link token (any text: an unknown one just matches nothing). */
    public static String hacher(String jeton) {
        return sha256(jeton == null ? "" : jeton);
    }

    /** What the database keeps of a code sent to that account. */
    static String hacherCode(String login, String code) {
        return sha256("code:" + login + ":" + (code == null ? "" : code.strip()));
    }

    private static String sha256(String texte) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
