package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.InscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.VoeuInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.WebBaseException_Exception;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.Commande;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A D closes registration by the web, not the registrar's (operational note §I.A, §II.A « IA gestionnaire »): the web
 * channel is refused on a D wish without laissez-passer; a registrar's IA is recorded with their login, flagged on the
 * dossier and in the journal, and reported to Parcoursup like any IA. The command line registers as a registrar.
 */
class InscriptionGestionnaireSurVoeuDefavorableIT extends AvecConnecteur {

    private static final String OPI = "P260000042";
    private static final String NE_LE = "14072008";
    private static final String PAYE_LE = "15072026";

    private static DossierOpiServiceInterface dossierOpi;

    @BeforeAll
    static void creerLeClient() {
        dossierOpi = clientDossierOpi();
    }

    @Test
    void the_web_is_refused_on_a_D_wish_and_a_registrars_ia_is_recorded_flagged_and_reported() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        connecteur.poster("v10-f-vers-d.xml");

        WebBaseException_Exception parDefaut = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null));
        WebBaseException_Exception web = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, "web", null));
        WebBaseException_Exception sansAuteur = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, "gestionnaire", " "));
        WebBaseException_Exception canalInconnu = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, "WEB", null));
        InscriptionDTO ia = dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, "gestionnaire",
                "scolarite.droit");
        VoeuInscriptionDTO voeu = dossierOpi.consulterDossier(OPI, NE_LE, null, null).getVoeux().getItem().stream()
                .filter(v -> v.getCodEtp().equals("LDR1")).findFirst().orElseThrow();

        assertEquals("technical.data.noncoherent.voeuNonInscriptible", parDefaut.getMessage());
        assertEquals("technical.data.noncoherent.voeuNonInscriptible", web.getMessage());
        assertTrue(web.getFaultInfo().getLastErrorMsg().contains("par le web"), web.getFaultInfo().getLastErrorMsg());
        assertEquals("technical.parameter.noncoherentinput.auteur", sansAuteur.getMessage());
        assertEquals("technical.parameter.noncoherentinput.canal", canalInconnu.getMessage());
        assertEquals("LDR1", ia.getCodEtp());
        assertEquals(1, ia.getCodVrsVet());
        assertEquals("gestionnaire", ia.getCanal());
        assertEquals("scolarite.droit", ia.getAuteur());
        assertTrue(ia.isSurVoeuFerme());
        assertFalse(voeu.isInscriptible(), "the wish stays closed to the web");
        assertTrue(voeu.getInscription().isSurVoeuFerme(), "the dossier flags the IA");
        assertEquals(List.of("gestionnaire:scolarite.droit:1"),
                base.lignes("SELECT CONCAT(canal, ':', auteur, ':', sur_voeu_ferme) FROM inscription"));
        assertEquals(List.of("IA gestionnaire (scolarite.droit) sur un vœu défavorable"),
                base.lignes("SELECT remarque FROM journal WHERE remarque IS NOT NULL"));
        assertEquals(List.of("INSCRIPTION:1"),
                base.lignes("SELECT CONCAT(evenement, ':', etat_inscription) FROM remontee ORDER BY id"));
    }

    @Test
    void the_command_line_registers_as_a_registrar_and_dossier_shows_the_flag(@TempDir Path repertoire) throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        connecteur.poster("v10-f-vers-d.xml");
        Path configuration = configurationCli(repertoire);

        Commande.Sortie enregistree = Commande.executer(configuration, "inscription", "enregistrer", OPI, "LDR1", "1",
                "--etat", "1", "--date-paiement", PAYE_LE, "--auteur", "gest.durand");
        Commande.Sortie dossier = Commande.executer(configuration, "dossier", OPI);

        assertEquals(0, enregistree.statut(), enregistree.err());
        assertTrue(enregistree.out().contains("registrar's IA (gest.durand) on a closed wish"), enregistree.out());
        assertTrue(dossier.out().contains("registrar's IA (gest.durand) on a closed wish"), dossier.out());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee"));
    }
}
