package fr.opiconnector.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecuriteTest {

    @Test
    void a_hashed_password_verifies_the_right_password_only_and_never_shows_itself() {
        String hache = MotDePasse.hacher("Parcoursup-2027!");
        MotDePasse motDePasse = new MotDePasse(hache);

        assertTrue(hache.startsWith("pbkdf2-sha256:210000:"), hache);
        assertFalse(hache.contains("Parcoursup-2027!"));
        assertTrue(motDePasse.verifier("Parcoursup-2027!"));
        assertFalse(motDePasse.verifier("parcoursup-2027!"));
        assertFalse(motDePasse.verifier(null));
        assertEquals("***", motDePasse.toString());
        assertFalse(MotDePasse.hacher("Parcoursup-2027!").equals(hache), "salted: two hashes differ");
    }

    @Test
    void a_clear_password_is_compared_exactly() {
        assertTrue(new MotDePasse("s3cret").verifier("s3cret"));
        assertFalse(new MotDePasse("s3cret").verifier("s3cret "));
        assertFalse(MotDePasse.formeValide("pbkdf2-sha256:abc"));
    }

    @Test
    void networks_match_ipv4_and_ipv6_prefixes() {
        AllowedNetworks reseaux = AllowedNetworks.lire("192.0.2.0/24, 10.1.2.3, 2001:db8::/32");

        assertTrue(reseaux.contient("192.0.2.200"));
        assertFalse(reseaux.contient("192.0.3.1"));
        assertTrue(reseaux.contient("10.1.2.3"));
        assertFalse(reseaux.contient("10.1.2.4"));
        assertTrue(reseaux.contient("2001:db8:1::5"));
        assertFalse(reseaux.contient("2001:db9::1"));
        assertFalse(reseaux.contient("not-an-address"));
        assertThrows(IllegalArgumentException.class, () -> AllowedNetworks.lire("192.0.2.0/33"));
        assertThrows(IllegalArgumentException.class, () -> AllowedNetworks.lire("parcoursup.fr"));
    }

    @Test
    void x_forwarded_for_counts_only_through_trusted_proxies() {
        AllowedNetworks proxys = AllowedNetworks.lire("10.0.0.0/8");

        assertEquals("192.0.2.7", CallerAddress.de("10.0.0.5", "203.0.113.9, 192.0.2.7, 10.0.0.4", proxys));
        assertEquals("198.51.100.3", CallerAddress.de("198.51.100.3", "192.0.2.7", proxys));
        assertEquals("10.0.0.5", CallerAddress.de("10.0.0.5", null, proxys));
    }
}
