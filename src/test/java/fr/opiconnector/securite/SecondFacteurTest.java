package fr.opiconnector.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The admin accounts' password hash and second factor. */
class SecondFacteurTest {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in Base32; its codes are the last 6 of the 8 digits. */
    private static final String SECRET_RFC = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void totp_codes_are_rfc_6238s() {
        assertEquals("287082", Totp.code(SECRET_RFC, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.code(SECRET_RFC, Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", Totp.code(SECRET_RFC, Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void a_code_is_taken_one_step_either_side_and_never_twice() {
        Instant maintenant = Instant.ofEpochSecond(1_800_000_000L);
        String code = Totp.code(SECRET_RFC, maintenant);
        long pas = maintenant.getEpochSecond() / 30;

        assertEquals(OptionalLong.of(pas), Totp.verifier(SECRET_RFC, code, maintenant, 0));
        assertEquals(OptionalLong.of(pas), Totp.verifier(SECRET_RFC, code, maintenant.plusSeconds(30), 0), "drift +30 s");
        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_RFC, code, maintenant.plusSeconds(61), 0), "too late");
        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_RFC, code, maintenant, pas), "already used");
        assertEquals(OptionalLong.empty(), Totp.verifier(SECRET_RFC, "12345", maintenant, 0), "not six digits");
    }

    @Test
    void secrets_are_new_each_time_and_enrol_through_an_otpauth_uri() {
        String secret = Totp.nouveauSecret();

        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertFalse(secret.equals(Totp.nouveauSecret()));
        assertEquals("otpauth://totp/opi-connector%3Ajdupont?secret=" + secret
                + "&issuer=opi-connector&algorithm=SHA1&digits=6&period=30", Totp.uri("jdupont", secret));
    }

    @Test
    void passwords_are_argon2id_salted_and_checked() {
        String hache = Argon2.hacher("correct horse battery staple");

        assertTrue(hache.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hache);
        assertFalse(hache.equals(Argon2.hacher("correct horse battery staple")), "a new salt each time");
        assertTrue(Argon2.verifier("correct horse battery staple", hache));
        assertFalse(Argon2.verifier("correct horse battery stapler", hache));
        assertFalse(Argon2.verifier("correct horse battery staple", "$argon2id$v=19$m=x$y$z"), "malformed");
        assertFalse(Argon2.verifier("correct horse battery staple", null));
    }
}
