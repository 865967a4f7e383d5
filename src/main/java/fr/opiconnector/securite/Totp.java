package fr.opiconnector.securite;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The second factor: RFC 6238 time-based codes (30 s, 6 digits, HMAC-SHA1 — what every authenticator app reads),
 * with java-otp. A code is accepted in the current step or the one before or after (clock drift), and a step once
 * used is refused again (replay).
 */
public final class Totp {

    private static final Duration PAS = Duration.ofSeconds(30);
    private static final SecureRandom HASARD = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATEUR = new TimeBasedOneTimePasswordGenerator(PAS, 6);

    private Totp() {
    }

    /** A new secret: 20 random bytes, in Base32 as authenticator apps take it. */
    public static String nouveauSecret() {
        byte[] octets = new byte[20];
        HASARD.nextBytes(octets);
        return new Base32().encodeToString(octets).replace("=", "");
    }

    public static String code(String secret, Instant instant) {
        try {
            return GENERATEUR.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                    instant);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a Base32 secret is always a valid HMAC key", e);
        }
    }

    /**
     * The time step the code belongs to, when it is valid at that instant and its step is later than the last one
     * used (so that a code cannot serve twice); empty otherwise.
     */
    public static OptionalLong verifier(String secret, String code, Instant instant, long dernierPasUtilise) {
        if (secret == null || code == null || !code.strip().matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long pas = instant.getEpochSecond() / PAS.getSeconds();
        for (long essai = pas - 1; essai <= pas + 1; essai++) {
            if (essai > dernierPasUtilise && code(secret, Instant.ofEpochSecond(essai * PAS.getSeconds())).equals(code.strip())) {
                return OptionalLong.of(essai);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// URI an authenticator app reads (as a QR code) to enrol the account. */
    public static String uri(String login, String secret) {
        String libelle = URLEncoder.encode("opi-connector:" + login, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + libelle + "?secret=" + secret + "&issuer=opi-connector&algorithm=SHA1&digits=6&period=30";
    }
}
