package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.InscriptionAAnnulerDTO;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.Commande;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IAs to cancel by hand stay listed until a registrar acts on them — cancels the IA, or grants a laissez-passer
 * once the wish has closed — and each row says whether a laissez-passer covers it: one granted before the wish went
 * D does not hide the IA, the registrar still has to look at it.
 */
class InscriptionsAAnnulerRestentListeesIT extends AvecConnecteur {

    private static final String OPI = "P260000042";
    private static final String PAYE_LE = "15072026";

    private static DossierOpiServiceInterface dossierOpi;

    @BeforeAll
    static void creerLeClient() {
        dossierOpi = clientDossierOpi();
    }

    @Test
    void an_ia_covered_by_a_laissez_passer_granted_before_the_D_stays_listed_and_says_so(@TempDir Path repertoire)
            throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        dossierOpi.accorderLaissezPasser(OPI, "LDR1", 1, "Double cursus validé", "scolarite.droit");
        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);

        connecteur.poster("v10-f-vers-d.xml");
        List<InscriptionAAnnulerDTO> liste = dossierOpi.listerInscriptionsAAnnuler();
        Commande.Sortie cli = Commande.executer(configurationCli(repertoire), "a-annuler");

        assertEquals(1, liste.size());
        assertEquals("LDR1", liste.get(0).getCodEtp());
        assertTrue(liste.get(0).isCouverteParLaissezPasser());
        assertTrue(liste.get(0).getLibelleRaison().contains("laissez-passer"), liste.get(0).getLibelleRaison());
        assertTrue(cli.out().contains("P260000042  LDR1/1  state 1"), cli.out());
        assertTrue(cli.out().contains("covered by a laissez-passer"), cli.out());

        dossierOpi.annulerInscription(OPI, "LDR1", 1, "Désistement confirmé");
        assertTrue(dossierOpi.listerInscriptionsAAnnuler().isEmpty(), "the registrar acted: the IA is cancelled");
    }

    @Test
    void a_registrars_ia_recorded_on_the_closed_wish_is_not_listed_to_cancel() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        connecteur.poster("v10-f-vers-d.xml");

        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, "gestionnaire", "scolarite.droit");

        assertTrue(dossierOpi.listerInscriptionsAAnnuler().isEmpty(), "the registrar acted on the closed wish");
    }

    @Test
    void an_ia_without_laissez_passer_is_listed_as_not_covered_until_a_laissez_passer_is_granted_after_the_D()
            throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);
        connecteur.poster("v10-f-vers-d.xml");

        List<InscriptionAAnnulerDTO> avant = dossierOpi.listerInscriptionsAAnnuler();
        dossierOpi.accorderLaissezPasser(OPI, "LDR1", 1, "Admis au rattrapage", "scolarite.droit");

        assertEquals(1, avant.size());
        assertFalse(avant.get(0).isCouverteParLaissezPasser());
        assertTrue(dossierOpi.listerInscriptionsAAnnuler().isEmpty(), "the registrar acted: a laissez-passer after the D");
    }

}
