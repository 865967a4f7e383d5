package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.soap.generated.dossieropi.DossierInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.LaissezPasserDTO;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.Commande;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laissez-passer may name any VET of the university's offer, not only a wish's (Apogée's laissez-passer holds a
 * VET; reorientations use it for a VET no wish carries). A VET outside the formation mapping is accepted with the
 * anomaly VET_HORS_OFFRE, never silently; both show in consulterDossier and dossier.
 */
class LaissezPasserSurToutVetDeLOffreIT extends AvecConnecteur {

    private static final String OPI = "P260000042";
    private static final String NE_LE = "14072008";

    private static DossierOpiServiceInterface dossierOpi;

    @BeforeAll
    static void creerLeClient() {
        dossierOpi = clientDossierOpi();
    }

    @Test
    void a_laissez_passer_on_a_vet_no_wish_carries_is_granted_and_one_outside_the_mapping_is_flagged(
            @TempDir Path repertoire) throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");

        LaissezPasserDTO dansLOffre = dossierOpi.accorderLaissezPasser(OPI, "LMA1", 1, "Réorientation en mathématiques",
                "scolarite.sciences");
        LaissezPasserDTO horsOffre = dossierOpi.accorderLaissezPasser(OPI, "LBIO1", 1, "Réorientation en biologie",
                "scolarite.sciences");
        LaissezPasserDTO repete = dossierOpi.accorderLaissezPasser(OPI, "LMA1", 1, "Réorientation en mathématiques",
                "scolarite.sciences");
        DossierInscriptionDTO dossier = dossierOpi.consulterDossier(OPI, NE_LE, null, null);
        LaissezPasserDTO retire = dossierOpi.retirerLaissezPasser(OPI, "LBIO1", 1, "Place refusée", "scolarite.sciences");
        Path configuration = configurationCli(repertoire);
        Commande.Sortie cli = Commande.executer(configuration, "dossier", OPI);

        assertTrue(dansLOffre.isActif());
        assertEquals("LMA1", dansLOffre.getCodEtp());
        assertTrue(dansLOffre.getAnomalies().getItem().isEmpty());
        assertEquals(List.of("VET_HORS_OFFRE"), horsOffre.getAnomalies().getItem());
        assertEquals(dansLOffre.getAccordeLe(), repete.getAccordeLe(), "granted once");
        List<LaissezPasserDTO> horsVoeux = dossier.getLaissezPasserHorsVoeux().getItem();
        assertEquals(List.of("LMA1/1", "LBIO1/1"), horsVoeux.stream().map(l -> l.getCodEtp() + "/" + l.getCodVrsVet()).toList());
        assertEquals(List.of("VET_HORS_OFFRE"), horsVoeux.get(1).getAnomalies().getItem());
        assertFalse(retire.isActif());
        assertEquals("Place refusée", retire.getMotifRetrait());
        assertTrue(cli.out().contains("laissez-passer on LMA1/1 (no wish carries it) by scolarite.sciences"), cli.out());
        assertTrue(cli.out().contains("anomalies: VET_HORS_OFFRE"), cli.out());
        assertEquals(2, base.compter("SELECT COUNT(*) FROM laissez_passer_hors_voeu"));
        assertEquals(0, base.compter("SELECT COUNT(*) FROM laissez_passer"), "no wish's laissez-passer was touched");
    }
}
