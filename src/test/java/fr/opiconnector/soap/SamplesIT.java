package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample requests shipped in config/samples, posted as they are, in the order the README gives. */
class SamplesIT extends AvecConnecteur {

    @Test
    void every_sample_request_gets_the_answer_its_comment_announces() throws Exception {
        assertTrue(connecteur.posterOctets(sample("mettreajourDonneesOpi_v10.xml")).reponseVide());

        Reponse dossier = dossierOpi("consulterDossier");
        Reponse inscription = dossierOpi("enregistrerInscription");
        Reponse repetee = dossierOpi("enregistrerInscription");
        Reponse annulation = dossierOpi("annulerInscription");
        Reponse accorde = dossierOpi("accorderLaissezPasser");
        Reponse retire = dossierOpi("retirerLaissezPasser");
        Reponse liste = dossierOpi("listerInscriptionsAAnnuler");

        assertTrue(dossier.corps().contains("<libNomPatIndOpi>DURAND-MOREL</libNomPatIndOpi>"), dossier.corps());
        assertTrue(dossier.corps().contains("<motif>OUI_SI</motif>"), dossier.corps());
        assertTrue(inscription.corps().contains("<etatInscription>1</etatInscription>"), inscription.corps());
        assertEquals(200, repetee.statut(), repetee.corps());
        assertTrue(annulation.corps().contains("<etatInscription>3</etatInscription>"), annulation.corps());
        assertTrue(accorde.corps().contains("<actif>true</actif>"), accorde.corps());
        assertTrue(retire.corps().contains("<actif>false</actif>"), retire.corps());
        assertTrue(liste.corps().contains("listerInscriptionsAAnnulerResponse"), liste.corps());
        assertEquals(2, base.compter("SELECT COUNT(*) FROM remontee"), "the IA and its cancellation wait in the outbox");
    }

    private static Reponse dossierOpi(String operation) throws Exception {
        Reponse reponse = ConnecteurDEssai.posterOctets(connecteur.adresseDossierOpi(), sample("dossieropi-" + operation + ".xml"));
        assertEquals(200, reponse.statut(), operation + ": " + reponse.corps());
        return reponse;
    }

    private static byte[] sample(String fichier) throws Exception {
        return Files.readAllBytes(Path.of("config/samples", fichier));
    }
}
