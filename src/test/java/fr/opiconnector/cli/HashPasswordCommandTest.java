package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.MotDePasse;
import fr.opiconnector.support.Commande;
import org.junit.jupiter.api.Test;

class HashPasswordCommandTest {

    @Test
    void a_password_shorter_than_the_accounts_minimum_is_refused_and_no_hash_is_printed() {
        Commande.Sortie sortie = Commande.executerAvecEntree("x\n", "hash-password");

        assertEquals(2, sortie.statut(), sortie.err());
        assertEquals("", sortie.out());
        assertTrue(sortie.err().contains("at least 12 characters"), sortie.err());
    }

    @Test
    void a_long_enough_password_gets_a_hash_that_verifies_it() {
        Commande.Sortie sortie = Commande.executerAvecEntree("correct horse battery\n", "hash-password");

        assertEquals(0, sortie.statut(), sortie.err());
        MotDePasse hache = new MotDePasse(sortie.out().strip());
        assertTrue(hache.estUnHache());
        assertTrue(hache.verifier("correct horse battery"));
    }
}
