package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.soap.generated.dossieropi.ChampDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.TableauChamp;
import fr.opiconnector.soap.generated.dossieropi.VoeuInscriptionDTO;
import fr.opiconnector.support.AvecConnecteur;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * consulterDossier returns everything stored for the individual — every block the OPI carried, under its OpiMetier
 * element names — and each wish's own data, so that an IA application can pre-fill a registration from it.
 */
class ConsulterDossierRenvoieToutIT extends AvecConnecteur {

    private static DossierOpiServiceInterface dossierOpi;

    @BeforeAll
    static void creerLeClient() {
        dossierOpi = clientDossierOpi();
    }

    @Test
    void every_block_of_the_opi_and_every_wishs_data_come_back_under_their_opimetier_names() throws Exception {
        connecteur.poster("apogee-client-v10-full.xml");

        DossierInscriptionDTO dossier = dossierOpi.consulterDossier("P260000042", "14072008", null, null);
        Map<String, String> individu = champs(dossier.getDonneesIndividu());
        VoeuInscriptionDTO droit = dossier.getVoeux().getItem().stream().filter(v -> v.getCodEtp().equals("LDR1"))
                .findFirst().orElseThrow();
        Map<String, String> voeu = champs(droit.getDonneesVoeu());

        assertEquals("LEFÈVRE-D'ARC", individu.get("etatCivil.libNomPatIndOpi"), "identity");
        assertEquals("1234567890A", individu.get("etatCivil.codNneIndOpi"));
        assertEquals("14072008", individu.get("donneesNaissance.dateNaiIndOpi"), "birth");
        assertEquals("elodie.lefevre@example.org", individu.get("donneesPersonnelles.adrMailOpi"), "personal data");
        assertEquals("35000", individu.get("adresseFixe.codBdi"), "fixed address");
        assertEquals("12 RUE DE LA PAIX", individu.get("adresseFixe.lib1"));
        assertEquals("0299000000", individu.get("adresseFixe.numTel"));
        assertEquals("G", individu.get("bac.codBac"), "baccalaureate");
        assertEquals("0350710G", individu.get("bac.codEtb"));
        assertEquals("2026", individu.get("bac.daaObtBacOba"));
        assertFalse(individu.containsKey("adresseFixe.lib2"), "a field the OPI left empty is not listed");
        assertEquals("LDR1", voeu.get("codEtp"), "the wish's own data");
        assertEquals("F", voeu.get("codDecVeu"));
        assertEquals("1", voeu.get("codVrsVet"));
    }

    @Test
    void the_complete_sample_comes_back_block_by_block_with_each_wishs_offer_ia_and_laissez_passer() throws Exception {
        String code = "P260012345";
        String neLe = "03042008";
        assertTrue(connecteur.posterOctets(Files.readAllBytes(Path.of("config/samples/mettreajourDonneesOpi_v10.xml")))
                .reponseVide());
        String aujourdhui = LocalDate.now().format(DateTimeFormatter.ofPattern("ddMMyyyy"));
        dossierOpi.enregistrerInscription(code, "LPH1", 1, 1, aujourdhui, null, null);
        dossierOpi.accorderLaissezPasser(code, "LDR1", 1, "Réorientation", "gest1");

        DossierInscriptionDTO dossier = dossierOpi.consulterDossier(code, neLe, null, null);
        Map<String, String> individu = champs(dossier.getDonneesIndividu());
        VoeuInscriptionDTO physique = voeu(dossier, "LPH1");
        VoeuInscriptionDTO maths = voeu(dossier, "LMA1");
        Map<String, String> voeuMaths = champs(maths.getDonneesVoeu());

        assertEquals("DURAND-MOREL", individu.get("etatCivil.libNomPatIndOpi"), "identity");
        assertEquals("Hélène", individu.get("etatCivil.libPr2IndOpi"), "stored with its accents");
        assertEquals("0512345678B", individu.get("etatCivil.codNneIndOpi"));
        assertEquals("GRENOBLE", individu.get("donneesNaissance.libVilNaiEtuOpi"), "birth");
        assertEquals("38185", individu.get("donneesNaissance.codComNaiEtuOpi"));
        assertEquals("1", individu.get("donneesPersonnelles.codRgi"), "régime");
        assertEquals("01", individu.get("donneesPersonnelles.codStu"), "statut");
        assertEquals("0600000001", individu.get("donneesPersonnelles.numTelPorOpi"));
        assertEquals("7 PLACE SAINT-ANDRÉ", individu.get("adresseFixe.lib1"), "fixed address");
        assertEquals("38000", individu.get("adresseFixe.codBdi"));
        assertEquals("RESIDENCE UNIVERSITAIRE BERTHELOT", individu.get("adresseAnnuelle.lib1"), "yearly address");
        assertEquals("69387", individu.get("adresseAnnuelle.codCom"));
        assertEquals("PHCH", individu.get("bac.codSpe1BacTer"), "baccalaureate");
        assertEquals("B", individu.get("bac.codMention"));
        assertEquals("0031", individu.get("dac.codDac"), "DAC");
        assertEquals("1", individu.get("dac.codNif"));
        assertEquals("2026", individu.get("premiereInscription.daaEnsSupOpi"), "first registration");
        assertEquals("0380027Y", individu.get("dernierEtbFrequente.codEtbAntIaa"), "last establishment");
        assertEquals("BAC", individu.get("dernierDiplObt.codTdeDerDip"), "last diploma");
        assertEquals("A", individu.get("situationAnnPre.codSisAnnPreOpi"), "previous year's situation");
        assertEquals("N", individu.get("inscriptionParallele.temPrlAnnCrt"), "parallel registration");
        assertEquals("0031", voeuMaths.get("titreAccesExterne.codDacOpi"), "titre d'accès");
        assertEquals("02092026", voeuMaths.get("convocation.datCvc"), "convocation");
        assertEquals("30", voeuMaths.get("convocation.dmnCvc"));
        assertEquals("LMATH", voeuMaths.get("codDip"));
        assertEquals("LMA1", maths.getVetProposee().getCodEtp(), "the wish's offer");
        assertEquals(4, maths.getVetProposee().getCodVrsVet());
        assertEquals("CA-MATHS-4ANS", maths.getCursusAmenage());
        assertTrue(maths.getAnomalies().getItem().isEmpty(), String.valueOf(maths.getAnomalies().getItem()));
        assertEquals(1, physique.getInscription().getEtatInscription(), "the wish's IA");
        assertEquals(aujourdhui, physique.getInscription().getDatePaiement());
        assertEquals(1, dossier.getLaissezPasserHorsVoeux().getItem().size(), "the laissez-passer");
        assertEquals("LDR1", dossier.getLaissezPasserHorsVoeux().getItem().get(0).getCodEtp());
        assertEquals("gest1", dossier.getLaissezPasserHorsVoeux().getItem().get(0).getAuteur());
    }

    private static VoeuInscriptionDTO voeu(DossierInscriptionDTO dossier, String codEtp) {
        return dossier.getVoeux().getItem().stream().filter(v -> v.getCodEtp().equals(codEtp)).findFirst().orElseThrow();
    }

    private static Map<String, String> champs(TableauChamp tableau) {
        return tableau.getItem().stream().collect(Collectors.toMap(ChampDTO::getNom, ChampDTO::getValeur));
    }
}
