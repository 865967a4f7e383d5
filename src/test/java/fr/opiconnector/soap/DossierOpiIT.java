package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.inscription.Inscriptibilite;
import fr.opiconnector.soap.generated.dossieropi.DossierInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.InscriptionAAnnulerDTO;
import fr.opiconnector.soap.generated.dossieropi.InscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.LaissezPasserDTO;
import fr.opiconnector.soap.generated.dossieropi.VoeuInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.WebBaseException_Exception;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The registration rules of the operational note, driven through /services/DossierOpi after the OPIs arrived through
 * /services/OpiMetier, on MariaDB, with the formation mapping of src/test/resources/formations-test.csv.
 */
class DossierOpiIT extends AvecConnecteur {

    private static final String OPI = "P260000042";
    private static final String NE_LE = "14072008";
    private static final String PAYE_LE = "15072026";

    private static DossierOpiServiceInterface dossierOpi;

    @BeforeAll
    static void creerLeClient() {
        dossierOpi = clientDossierOpi();
    }

    @Test
    void an_F_wish_offers_the_formations_oui_vet() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");

        VoeuInscriptionDTO droit = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LDR1", 1);

        assertTrue(droit.isInscriptible());
        assertEquals("FAVORABLE", droit.getMotif());
        assertEquals("LDR1", droit.getVetProposee().getCodEtp());
        assertEquals(1, droit.getVetProposee().getCodVrsVet());
        assertEquals(4242, droit.getCodeFormationPsup());
        assertEquals("Licence Droit", droit.getLibelleFormation());
        assertTrue(droit.getAnomalies().getItem().isEmpty());
    }

    @Test
    void an_oui_si_wish_on_the_vet_of_its_categorys_length_gets_category_motif_and_cursus() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        connecteur.posterOctets(Files.readAllBytes(Path.of("config/samples/mettreajourDonneesOpi_v10.xml")));

        VoeuInscriptionDTO troisAns = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LEC1", 2);
        VoeuInscriptionDTO quatreAns = voeu(dossierOpi.consulterDossier("P260012345", "03042008", null, null), "LMA1", 4);

        assertTrue(troisAns.isInscriptible());
        assertEquals("OUI_SI", troisAns.getMotif());
        assertEquals("LEC1/2", vet(troisAns));
        assertEquals(3, troisAns.getDureeOuiSi());
        assertEquals("2", troisAns.getCodCatOuiSi());
        assertEquals("Remise à niveau méthodologie", troisAns.getMtfCat());
        assertEquals("CA-REMISE", troisAns.getCursusAmenage());
        assertEquals("LMA1/4", vet(quatreAns));
        assertEquals(4, quatreAns.getDureeOuiSi());
        assertEquals("CA-MATHS-4ANS", quatreAns.getCursusAmenage());
    }

    @Test
    void the_vet_offered_is_the_wishs_own_and_the_mapping_only_checks_it() throws Exception {
        // The Oui-Si wish arrives on LEC1/3, the formation's 4-year VET, while its category 2 is a 3-year course.
        String requete = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"), StandardCharsets.UTF_8)
                .replace("<codVrsVet>2</codVrsVet>", "<codVrsVet>3</codVrsVet>");
        connecteur.posterOctets(requete.getBytes(StandardCharsets.UTF_8));

        DossierInscriptionDTO dossier = dossierOpi.consulterDossier(OPI, NE_LE, null, null);
        VoeuInscriptionDTO ouiSi = voeu(dossier, "LEC1", 3);
        VoeuInscriptionDTO favorable = voeu(dossier, "LDR1", 1);

        assertTrue(ouiSi.isInscriptible());
        assertEquals("LEC1/3", vet(ouiSi));
        assertEquals("CA-REMISE", ouiSi.getCursusAmenage());
        assertEquals(List.of(Inscriptibilite.VET_NE_CORRESPOND_PAS_A_LA_DECISION), ouiSi.getAnomalies().getItem());
        assertEquals("LDR1/1", vet(favorable));
        assertTrue(favorable.getAnomalies().getItem().isEmpty());
        assertEquals("LEC1", dossierOpi.enregistrerInscription(OPI, "LEC1", 3, 1, PAYE_LE, null, null).getCodEtp());
    }

    @Test
    void the_oui_si_category_motif_and_cursus_are_set_on_the_ia() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");

        InscriptionDTO ia = dossierOpi.enregistrerInscription(OPI, "LEC1", 2, 1, PAYE_LE, null, null);

        assertEquals("LEC1", ia.getCodEtp());
        assertEquals(2, ia.getCodVrsVet());
        assertEquals("2", ia.getCodCatOuiSi());
        assertEquals("Remise à niveau méthodologie", ia.getMtfCat());
        assertEquals("CA-REMISE", ia.getCursusAmenage());
        assertEquals(PAYE_LE, ia.getDatePaiement());
    }

    @Test
    void a_D_wish_offers_nothing_and_refuses_registration() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        connecteur.poster("v10-f-vers-d.xml");

        VoeuInscriptionDTO droit = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LDR1", 1);
        WebBaseException_Exception faute = faute(() -> dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null));

        assertFalse(droit.isInscriptible());
        assertEquals("DEFAVORABLE", droit.getMotif());
        assertNull(droit.getVetProposee());
        assertEquals("technical.data.noncoherent.voeuNonInscriptible", faute.getMessage());
        assertTrue(faute.getFaultInfo().getLastErrorMsg().contains("Décision défavorable"), faute.getFaultInfo().getLastErrorMsg());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM inscription"));
        assertEquals(0, base.compter("SELECT COUNT(*) FROM remontee"));
    }

    @Test
    void a_laissez_passer_opens_a_D_wish_until_it_is_withdrawn() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        connecteur.poster("v10-f-vers-d.xml");

        LaissezPasserDTO accorde = dossierOpi.accorderLaissezPasser(OPI, "LDR1", 1, "Réorientation validée en commission", "scolarite.droit");
        VoeuInscriptionDTO ouvert = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LDR1", 1);
        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);
        LaissezPasserDTO retire = dossierOpi.retirerLaissezPasser(OPI, "LDR1", 1, "Accordé par erreur", "scolarite.droit");
        VoeuInscriptionDTO referme = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LDR1", 1);

        assertTrue(accorde.isActif());
        assertTrue(ouvert.isInscriptible());
        assertEquals("LAISSEZ_PASSER", ouvert.getMotif());
        assertEquals("LDR1/1", vet(ouvert));
        assertEquals("Réorientation validée en commission", ouvert.getLaissezPasser().getMotif());
        assertFalse(retire.isActif());
        assertEquals("Accordé par erreur", retire.getMotifRetrait());
        assertFalse(referme.isInscriptible());
        assertNull(referme.getLaissezPasser());
        assertEquals(List.of("LDR1"), dossierOpi.listerInscriptionsAAnnuler().stream().map(InscriptionAAnnulerDTO::getCodEtp).toList(),
                "the IA made under the withdrawn laissez-passer must now be cancelled by hand");
    }

    @Test
    void an_unknown_opi_and_a_wrong_birth_date_get_the_same_fault() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");

        WebBaseException_Exception inconnue = faute(() -> dossierOpi.consulterDossier("P269999999", NE_LE, null, null));
        WebBaseException_Exception mauvaiseDate = faute(() -> dossierOpi.consulterDossier(OPI, "15072008", null, null));

        assertEquals("technical.data.nullretrieve.dossier", inconnue.getMessage());
        assertEquals(inconnue.getMessage(), mauvaiseDate.getMessage());
        assertEquals(inconnue.getFaultInfo().getLastErrorMsg(), mauvaiseDate.getFaultInfo().getLastErrorMsg());
        assertEquals(2, base.compter("SELECT COUNT(*) FROM journal WHERE operation = 'consulterDossier' AND resultat = 'refused'"));
    }

    @Test
    void a_paid_ia_is_recorded_once_with_its_outbox_row_and_a_repeat_is_harmless() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");

        InscriptionDTO premiere = dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);
        InscriptionDTO repetee = dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);
        VoeuInscriptionDTO droit = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LDR1", 1);

        assertEquals(1, premiere.getEtatInscription());
        assertEquals("inscription principale", premiere.getLibelleEtat());
        assertEquals(premiere.getEnregistreeLe(), repetee.getEnregistreeLe());
        assertEquals(1, droit.getInscription().getEtatInscription());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM inscription"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee WHERE evenement = 'INSCRIPTION' AND etat_inscription = 1 "
                + "AND statut = 'EN_ATTENTE' AND code_formation_psup = 4242"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE operation = 'enregistrerInscription' AND resultat = 'unchanged'"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM historique WHERE evenement = 'INSCRIPTION_ENREGISTREE'"));
    }

    @Test
    void a_second_principal_registration_is_refused_a_double_cursus_is_not() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);

        WebBaseException_Exception faute = faute(() -> dossierOpi.enregistrerInscription(OPI, "LEC1", 2, 1, PAYE_LE, null, null));
        InscriptionDTO doubleCursus = dossierOpi.enregistrerInscription(OPI, "LEC1", 2, 2, PAYE_LE, null, null);

        assertEquals("technical.data.noncoherent.inscriptionPrincipaleExistante", faute.getMessage());
        assertEquals(2, doubleCursus.getEtatInscription());
        assertEquals(2, base.compter("SELECT COUNT(*) FROM remontee"));
    }

    @Test
    void a_state_change_and_a_cancellation_each_go_to_the_outbox_a_second_cancellation_does_not() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);

        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 4, PAYE_LE, null, null);
        InscriptionDTO annulee = dossierOpi.annulerInscription(OPI, "LDR1", 1, "Désistement de l'étudiant");
        dossierOpi.annulerInscription(OPI, "LDR1", 1, "Désistement de l'étudiant");

        assertEquals(3, annulee.getEtatInscription());
        assertEquals("Désistement de l'étudiant", annulee.getMotifAnnulation());
        assertEquals(List.of("INSCRIPTION:1", "CHANGEMENT_ETAT:4", "ANNULATION:3"), remontees());
        WebBaseException_Exception sansIa = faute(() -> dossierOpi.annulerInscription(OPI, "LEC1", 2, "x"));
        assertEquals("technical.data.nullretrieve.inscription", sansIa.getMessage());
    }

    @Test
    void a_D_after_a_valid_ia_leaves_it_untouched_and_lists_it_to_cancel_by_hand() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);

        connecteur.poster("v10-f-vers-d.xml");
        List<InscriptionAAnnulerDTO> aAnnuler = dossierOpi.listerInscriptionsAAnnuler();
        VoeuInscriptionDTO droit = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LDR1", 1);

        assertEquals(1, droit.getInscription().getEtatInscription(), "the IA is not changed automatically");
        assertEquals(1, aAnnuler.size());
        assertEquals(OPI, aAnnuler.get(0).getCodOpiIntEpo());
        assertEquals("DEFAVORABLE", aAnnuler.get(0).getRaison());
        assertEquals("D", aAnnuler.get(0).getCodDecVeu());
        assertEquals(List.of("INSCRIPTION:1"), remontees(), "nothing goes to Parcoursup until a registrar acts");

        dossierOpi.annulerInscription(OPI, "LDR1", 1, "Échec au baccalauréat");
        assertTrue(dossierOpi.listerInscriptionsAAnnuler().isEmpty());
    }

    @Test
    void a_laissez_passer_takes_a_valid_ia_off_the_list_to_cancel() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, PAYE_LE, null, null);
        connecteur.poster("v10-f-vers-d.xml");

        dossierOpi.accorderLaissezPasser(OPI, "LDR1", 1, "Admis au rattrapage", "scolarite.droit");

        assertTrue(dossierOpi.listerInscriptionsAAnnuler().isEmpty());
    }

    @Test
    void a_withdrawn_wish_closes_and_its_valid_ia_is_listed() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        dossierOpi.enregistrerInscription(OPI, "LEC1", 2, 1, PAYE_LE, null, null);

        connecteur.poster("v10-voeu2-retire.xml");
        VoeuInscriptionDTO eco = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LEC1", 2);

        assertFalse(eco.isInscriptible());
        assertEquals("RETIRE", eco.getMotif());
        assertEquals("RETIRE", eco.getEtatVoeu());
        assertEquals("RETIRE", dossierOpi.listerInscriptionsAAnnuler().get(0).getRaison());
    }

    @Test
    void an_F_arriving_after_a_D_reopens_the_wish_with_its_history() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");
        connecteur.poster("v10-f-vers-d.xml");
        connecteur.poster("apogee-client-v10-full.xml");

        VoeuInscriptionDTO droit = voeu(dossierOpi.consulterDossier(OPI, NE_LE, null, null), "LDR1", 1);

        assertTrue(droit.isInscriptible());
        assertEquals("FAVORABLE", droit.getMotif());
        assertEquals(2, base.compter("SELECT COUNT(*) FROM historique WHERE champ = 'codDecVeu'"));
    }

    @Test
    void a_wish_outside_the_mapping_is_kept_flagged_and_offered_on_its_own_vet() throws Exception {
        connecteur.poster("v10-vet-hors-formations.xml");

        VoeuInscriptionDTO voeu = voeu(dossierOpi.consulterDossier("P260000110", "29022008", null, null), "XYZ9", 1);

        assertTrue(voeu.isInscriptible());
        assertEquals("XYZ9/1", vet(voeu));
        assertEquals(List.of("VET_HORS_FORMATIONS"), voeu.getAnomalies().getItem());
        assertNull(voeu.getCodeFormationPsup());
    }

    @Test
    void the_ia_can_be_named_by_the_vet_offered_and_an_unknown_vet_is_refused() throws Exception {
        connecteur.posterOctets(Files.readAllBytes(Path.of("config/samples/mettreajourDonneesOpi_v10.xml")));

        InscriptionDTO parVetProposee = dossierOpi.enregistrerInscription("P260012345", "LMA1", 4, 1, PAYE_LE, null, null);
        WebBaseException_Exception inconnue = faute(() -> dossierOpi.enregistrerInscription("P260012345", "LPH9", 1, 2, PAYE_LE, null, null));

        assertEquals("LMA1", parVetProposee.getCodEtp());
        assertEquals("technical.data.nullretrieve.voeu", inconnue.getMessage());
    }

    @Test
    void bad_parameters_get_their_field_fault_and_store_nothing() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");

        assertEquals("technical.parameter.noncoherentinput.etatInscription",
                faute(() -> dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 3, PAYE_LE, null, null)).getMessage());
        assertEquals("technical.parameter.noncoherentinput.datePaiement",
                faute(() -> dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, "31022026", null, null)).getMessage());
        assertEquals("technical.parameter.noncoherentinput.datePaiement",
                faute(() -> dossierOpi.enregistrerInscription(OPI, "LDR1", 1, 1, "01012199", null, null)).getMessage());
        assertEquals("technical.parameter.noncoherentinput.auteur",
                faute(() -> dossierOpi.accorderLaissezPasser(OPI, "LDR1", 1, "motif", null)).getMessage());
        assertEquals("technical.parameter.noncoherentinput.motif",
                faute(() -> dossierOpi.annulerInscription(OPI, "LDR1", 1, " ")).getMessage());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM inscription") + base.compter("SELECT COUNT(*) FROM laissez_passer"));
    }

    private static VoeuInscriptionDTO voeu(DossierInscriptionDTO dossier, String codEtp, int codVrsVet) {
        return dossier.getVoeux().getItem().stream()
                .filter(v -> v.getCodEtp().equals(codEtp) && v.getCodVrsVet() == codVrsVet)
                .findFirst().orElseThrow(() -> new AssertionError("no wish " + codEtp + "/" + codVrsVet));
    }

    private static String vet(VoeuInscriptionDTO voeu) {
        return voeu.getVetProposee().getCodEtp() + "/" + voeu.getVetProposee().getCodVrsVet();
    }

    private static List<String> remontees() {
        return base.lignes("SELECT CONCAT(evenement, ':', etat_inscription) FROM remontee ORDER BY id");
    }

    private static WebBaseException_Exception faute(Executable appel) {
        return assertThrows(WebBaseException_Exception.class, appel);
    }
}
