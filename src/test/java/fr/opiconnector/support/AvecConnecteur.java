package fr.opiconnector.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the integration tests that talk to one running connector: a fresh MariaDB database and the connector on
 * it for the test class, the tables emptied before each test.
 */
public abstract class AvecConnecteur {

    protected static MariaDbDEssai base;
    protected static ConnecteurDEssai connecteur;

    @BeforeAll
    static void demarrerLeConnecteur() {
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url());
    }

    @AfterAll
    static void arreterLeConnecteur() {
        connecteur.close();
        base.close();
    }

    @BeforeEach
    void viderLaBase() {
        base.vider();
    }
}
