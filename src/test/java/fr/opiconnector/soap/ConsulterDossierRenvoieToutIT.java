package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.opiconnector.soap.generated.dossieropi.ChampDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.TableauChamp;
import fr.opiconnector.soap.generated.dossieropi.VoeuInscriptionDTO;
import fr.opiconnector.support.AvecConnecteur;
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

    private static Map<String, String> champs(TableauChamp tableau) {
        return tableau.getItem().stream().collect(Collectors.toMap(ChampDTO::getNom, ChampDTO::getValeur));
    }
}
