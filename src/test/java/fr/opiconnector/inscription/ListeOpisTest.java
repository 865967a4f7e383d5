package fr.opiconnector.inscription;

import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.reception.DonneesNaissance;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.ReceptionOpiService;
import fr.opiconnector.reception.VersionOpi;
import fr.opiconnector.reception.VoeuOpi;
import fr.opiconnector.support.BaseEnMemoire;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list of OPIs received, on H2 in-process: each filter keeps exactly the individuals a registrar means by it, newest
 * first, and the pages add up to the count.
 */
class ListeOpisTest {

    private static final String A = "P260000001";
    private static final String B = "P260000002";
    private static final String C = "P260000003";
    private static final String D = "P260000004";

    private final BaseEnMemoire base = new BaseEnMemoire();
    private final ListeOpis liste = new ListeOpis(base.emf());
    private final InscriptionService inscriptions = new InscriptionService(base.emf(), base.clock());

    /**
     * A (08/07): LDR1/1 Oui, a valid IA. B (09/07): LDR1/2 Oui-Si category 1, LEC1/1 Non, no IA. C (10/07): an INE that
     * is not one, LEC1/1 Oui whose IA was cancelled, LMA1/3 Oui-Si without its category. D (11/07): LPH1/1 Oui, then
     * withdrawn by a second OPI that carries BINF1/1 Oui instead.
     */
    @BeforeEach
    void campagne() throws Exception {
        new FormationsService(base.emf()).charger(Path.of("src/test/resources/formations-test.csv"));
        recevoir(A, "MARTIN", null, voeu("DRO", "LDR1", 1, "F"));
        try (Appel appel = base.appel("enregistrerInscription")) {
            inscriptions.enregistrer(A, "LDR1", 1, 1, "01072026", null, null, appel);
        }
        jourSuivant();
        recevoir(B, "BERNARD", null, ouiSi("DRO", "LDR1", 2, "1"), voeu("ECO", "LEC1", 1, "D"));
        jourSuivant();
        recevoir(C, "THOMAS", "12", voeu("ECO", "LEC1", 1, "F"), ouiSi("SCI", "LMA1", 3, null));
        try (Appel appel = base.appel("enregistrerInscription")) {
            inscriptions.enregistrer(C, "LEC1", 1, 1, "02072026", null, null, appel);
        }
        try (Appel appel = base.appel("annulerInscription")) {
            inscriptions.annuler(C, "LEC1", 1, "Désistement", appel);
        }
        jourSuivant();
        recevoir(D, "PETIT", null, voeu("SCI", "LPH1", 1, "F"));
        base.horloge().avancer(Duration.ofHours(1));
        recevoir(D, "PETIT", null, voeu("INF", "BINF1", 1, "F"));
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void without_a_filter_every_opi_is_listed_newest_first_with_its_wishes_ia_and_anomalies() {
        List<ListeOpis.Ligne> lignes = liste.lignes(ListeOpis.Filtre.AUCUN, 0, 50);

        assertEquals(List.of(D, C, B, A), codes(lignes));
        assertEquals(4, liste.compter(ListeOpis.Filtre.AUCUN));
        ListeOpis.Ligne c = lignes.get(1);
        assertEquals("THOMAS", c.nom());
        assertEquals("ÉLODIE", c.prenom());
        assertEquals("14072008", c.dateNaissance());
        assertEquals(Instant.parse("2026-07-10T08:00:00Z"), c.recueLe());
        assertEquals(List.of(new ListeOpis.LigneVoeu(new Vet("LEC1", 1), "F", null, true),
                new ListeOpis.LigneVoeu(new Vet("LMA1", 3), "S", null, true)), c.voeux());
        assertEquals(ListeOpis.EtatIa.ANNULEE, c.etatIa());
        assertEquals(List.of(new ListeOpis.LigneIa(new Vet("LEC1", 1), EtatInscription.ANNULEE)), c.inscriptions());
        assertEquals(List.of("INE_INVALIDE", "OUI_SI_SANS_CATEGORIE"), c.anomalies());
        assertEquals(List.of(new ListeOpis.LigneVoeu(new Vet("LPH1", 1), "F", null, false),
                new ListeOpis.LigneVoeu(new Vet("BINF1", 1), "F", null, true)), lignes.get(0).voeux());
        assertEquals(ListeOpis.EtatIa.VALIDE, lignes.get(3).etatIa());
        assertEquals(ListeOpis.EtatIa.SANS_IA, lignes.get(2).etatIa());
        assertEquals("1", lignes.get(2).voeux().get(0).codCatOuiSi());
    }

    @Test
    void the_dates_keep_the_opis_first_received_in_that_range() {
        assertEquals(List.of(C, B), codes(filtre(Instant.parse("2026-07-09T00:00:00Z"), Instant.parse("2026-07-11T00:00:00Z"),
                null, null, null, null, null, null)));
        assertEquals(List.of(D), codes(filtre(Instant.parse("2026-07-11T00:00:00Z"), null, null, null, null, null, null,
                null)), "D's second OPI does not make it a new one, nor its first one older");
    }

    @Test
    void the_decision_keeps_the_opis_with_a_wish_of_that_decision_still_in_the_opi_or_a_withdrawn_one() {
        assertEquals(List.of(D, C, A), codes(decision(ListeOpis.DecisionVoeu.F)));
        assertEquals(List.of(C, B), codes(decision(ListeOpis.DecisionVoeu.S)));
        assertEquals(List.of(B), codes(decision(ListeOpis.DecisionVoeu.D)));
        assertEquals(List.of(D), codes(decision(ListeOpis.DecisionVoeu.RETIRE)));
    }

    @Test
    void the_oui_si_filter_tells_a_wish_with_its_category_from_one_without() {
        assertEquals(List.of(B), codes(filtre(null, null, null, ListeOpis.OuiSi.AVEC_CATEGORIE, null, null, null, null)));
        assertEquals(List.of(C), codes(filtre(null, null, null, ListeOpis.OuiSi.SANS_CATEGORIE, null, null, null, null)));
    }

    @Test
    void the_anomaly_filter_keeps_the_opis_flagged_on_the_individual_or_a_wish_or_those_without() {
        assertEquals(List.of(C), codes(filtre(null, null, null, null, true, null, null, null)));
        assertEquals(List.of(D, B, A), codes(filtre(null, null, null, null, false, null, null, null)));
    }

    @Test
    void the_formation_is_a_vet_code_with_or_without_its_version_and_combines_with_the_decision_on_the_same_wish() {
        assertEquals(List.of(B, A), codes(formation("LDR1", null, null)));
        assertEquals(List.of(B), codes(formation("LDR1", 2, null)));
        assertEquals(List.of(B), codes(formation("LEC1", null, ListeOpis.DecisionVoeu.D)));
        assertEquals(List.of(C), codes(formation("LEC1", null, ListeOpis.DecisionVoeu.F)));
        assertEquals(List.of(), codes(formation("LDR1", 2, ListeOpis.DecisionVoeu.F)), "B's Oui-Si is not a Oui");
        assertEquals(List.of(), codes(formation("LPH1", null, null)), "D's LPH1 wish was withdrawn");
        assertEquals(List.of(D), codes(formation("LPH1", 1, ListeOpis.DecisionVoeu.RETIRE)));
    }

    @Test
    void the_ia_state_splits_the_opis_into_without_ia_valid_ia_and_cancelled_ia() {
        assertEquals(List.of(D, B), codes(ia(ListeOpis.EtatIa.SANS_IA)));
        assertEquals(List.of(A), codes(ia(ListeOpis.EtatIa.VALIDE)));
        assertEquals(List.of(C), codes(ia(ListeOpis.EtatIa.ANNULEE)));
    }

    @Test
    void the_pages_follow_one_another_and_the_count_is_that_of_the_whole_selection() {
        ListeOpis.Filtre sansAnomalie = new ListeOpis.Filtre(null, null, null, null, false, null, null, null);

        assertEquals(3, liste.compter(sansAnomalie));
        assertEquals(List.of(D, B), codes(liste.lignes(sansAnomalie, 0, 2)));
        assertEquals(List.of(A), codes(liste.lignes(sansAnomalie, 2, 2)));
        assertEquals(List.of(), liste.lignes(sansAnomalie, 4, 2));
        assertEquals(1, liste.compter(new ListeOpis.Filtre(null, null, null, null, null, null, null,
                ListeOpis.EtatIa.VALIDE)));
    }

    private List<ListeOpis.Ligne> filtre(Instant depuis, Instant avant, ListeOpis.DecisionVoeu decision,
            ListeOpis.OuiSi ouiSi, Boolean anomalies, String codEtp, Integer codVrsVet, ListeOpis.EtatIa ia) {
        ListeOpis.Filtre filtre = new ListeOpis.Filtre(depuis, avant, decision, ouiSi, anomalies, codEtp, codVrsVet, ia);
        List<ListeOpis.Ligne> lignes = liste.lignes(filtre, 0, 50);
        assertEquals(lignes.size(), liste.compter(filtre), "the count agrees with the list");
        return lignes;
    }

    private List<ListeOpis.Ligne> decision(ListeOpis.DecisionVoeu decision) {
        return filtre(null, null, decision, null, null, null, null, null);
    }

    private List<ListeOpis.Ligne> formation(String codEtp, Integer codVrsVet, ListeOpis.DecisionVoeu decision) {
        return filtre(null, null, decision, null, null, codEtp, codVrsVet, null);
    }

    private List<ListeOpis.Ligne> ia(ListeOpis.EtatIa etat) {
        return filtre(null, null, null, null, null, null, null, etat);
    }

    private static List<String> codes(List<ListeOpis.Ligne> lignes) {
        return lignes.stream().map(ListeOpis.Ligne::codOpiIntEpo).toList();
    }

    private void jourSuivant() {
        base.horloge().avancer(Duration.ofDays(1));
    }

    private static VoeuOpi ouiSi(String cge, String etp, int version, String categorie) {
        return new VoeuOpi(cge, etp, version, 1, "S", categorie, categorie == null ? null : "Remise à niveau", "C", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private void recevoir(String code, String nom, String ine, VoeuOpi... voeux) throws OpiRefuseeException {
        DonneesIndividu individu = new DonneesIndividu(code, null, new EtatCivil(ine, "F", nom, null, "ÉLODIE", null, null),
                new DonneesNaissance(null, "100", null, "14072008", null, null, "N"),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            new ReceptionOpiService(base.emf(), base.clock()).recevoir(new Opi(VersionOpi.V10, individu, List.of(voeux)),
                    appel);
        }
    }
}
