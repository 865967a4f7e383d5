package fr.opiconnector.support;

import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterfaceService;
import jakarta.xml.ws.BindingProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A DossierOpi client generated from the WSDL, pointed at the running connector. */
    protected static DossierOpiServiceInterface clientDossierOpi() {
        DossierOpiServiceInterface client = new DossierOpiServiceInterfaceService().getDossierOpi();
        ((BindingProvider) client).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                connecteur.adresseDossierOpi());
        return client;
    }

    /** A configuration file for the command line, on the connector's database. */
    protected static Path configurationCli(Path repertoire) throws IOException {
        Path fichier = repertoire.resolve("opi.properties");
        Files.writeString(fichier, "opi.db.url=" + base.url() + "\nopi.db.user=" + MariaDbDEssai.utilisateur()
                + "\nopi.db.password=" + MariaDbDEssai.motDePasse() + "\n");
        return fichier;
    }
}
