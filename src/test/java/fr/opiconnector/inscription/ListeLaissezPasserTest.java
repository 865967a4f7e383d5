package fr.opiconnector.inscription;

import static fr.opiconnector.support.OpisDEssai.opi;
import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.ReceptionOpiService;
import fr.opiconnector.support.BaseEnMemoire;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every laissez-passer as one list, on H2 in-process: those on a wish and those on another VET together, newest grant
 * first across both kinds, each filter keeping exactly what it says, the pages adding up to the count.
 */
class ListeLaissezPasserTest {

    private static final String A = "P260000001";
    private static final String B = "P260000002";

    private final BaseEnMemoire base = new BaseEnMemoire();
    private final ListeLaissezPasser liste = new ListeLaissezPasser(base.emf());
    private final InscriptionService inscriptions = new InscriptionService(base.emf(), base.clock());

    /**
     * In this order, an hour apart: gest1 on A's wish LDR1/1; gest1 on LPH1/1 for A, which no wish of A carries; gest2
     * on B's Non wish LEC1/1, withdrawn by gest1 half an hour later; gest2 on ZZZ9/1 for B, a VET outside the offer.
     */
    @BeforeEach
    void laissezPasser() throws Exception {
        new FormationsService(base.emf()).charger(Path.of("src/test/resources/formations-test.csv"));
        recevoir(opi(A, voeu("DRO", "LDR1", 1, "F")));
        recevoir(opi(B, voeu("ECO", "LEC1", 1, "D")));
        accorder(A, "LDR1", 1, "gest1");
        accorder(A, "LPH1", 1, "gest1");
        accorder(B, "LEC1", 1, "gest2");
        base.horloge().avancer(Duration.ofMinutes(30));
        try (Appel appel = base.appel("retirerLaissezPasser")) {
            inscriptions.retirerLaissezPasser(B, "LEC1", 1, "Erreur de saisie", "gest1", appel);
        }
        accorder(B, "ZZZ9", 1, "gest2");
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void both_kinds_are_listed_newest_grant_first_with_their_wish_author_state_and_anomalies() {
        List<ListeLaissezPasser.Ligne> lignes = filtre(ListeLaissezPasser.Filtre.AUCUN);

        assertEquals(List.of("ZZZ9/1", "LEC1/1", "LPH1/1", "LDR1/1"), vets(lignes));
        ListeLaissezPasser.Ligne horsOffre = lignes.get(0);
        assertEquals(B, horsOffre.codOpiIntEpo());
        assertEquals("LEFÈVRE", horsOffre.nom());
        assertEquals(false, horsOffre.surVoeu());
        assertEquals(null, horsOffre.codDecVeu());
        assertEquals(List.of(LaissezPasserHorsVoeu.VET_HORS_OFFRE), horsOffre.anomalies());
        ListeLaissezPasser.Ligne retire = lignes.get(1);
        assertEquals(true, retire.surVoeu());
        assertEquals("D", retire.codDecVeu());
        assertEquals("gest2", retire.auteur());
        assertEquals(Instant.parse("2026-07-08T11:00:00Z"), retire.accordeLe());
        assertEquals(Instant.parse("2026-07-08T11:30:00Z"), retire.retireLe());
        assertEquals("gest1", retire.auteurRetrait());
        assertEquals("Erreur de saisie", retire.motifRetrait());
        assertEquals("Motif de gest2", retire.motif());
        assertEquals(List.of(), lignes.get(3).anomalies());
    }

    @Test
    void the_state_keeps_the_active_or_the_withdrawn_ones() {
        assertEquals(List.of("ZZZ9/1", "LPH1/1", "LDR1/1"), vets(filtre(new ListeLaissezPasser.Filtre(true, null, null, null,
                null))));
        assertEquals(List.of("LEC1/1"), vets(filtre(new ListeLaissezPasser.Filtre(false, null, null, null, null))));
    }

    @Test
    void the_formation_author_and_opi_code_each_narrow_the_list() {
        assertEquals(List.of("LPH1/1"), vets(filtre(new ListeLaissezPasser.Filtre(null, "LPH1", null, null, null))));
        assertEquals(List.of("LDR1/1"), vets(filtre(new ListeLaissezPasser.Filtre(null, "LDR1", 1, null, null))));
        assertEquals(List.of(), vets(filtre(new ListeLaissezPasser.Filtre(null, "LDR1", 2, null, null))));
        assertEquals(List.of("ZZZ9/1", "LEC1/1"), vets(filtre(new ListeLaissezPasser.Filtre(null, null, null, "gest2",
                null))));
        assertEquals(List.of("LPH1/1", "LDR1/1"), vets(filtre(new ListeLaissezPasser.Filtre(null, null, null, null, A))));
        assertEquals(List.of("LPH1/1", "LDR1/1"), vets(filtre(new ListeLaissezPasser.Filtre(null, null, null, null,
                "p260000001"))), "a code typed in lower case");
        assertEquals(List.of("ZZZ9/1"), vets(filtre(new ListeLaissezPasser.Filtre(true, null, null, "gest2", B))));
    }

    @Test
    void the_pages_interleave_both_kinds_by_date_and_the_count_is_that_of_both() {
        assertEquals(4, liste.compter(ListeLaissezPasser.Filtre.AUCUN));
        assertEquals(List.of("ZZZ9/1", "LEC1/1"), vets(liste.lignes(ListeLaissezPasser.Filtre.AUCUN, 0, 2)));
        assertEquals(List.of("LPH1/1", "LDR1/1"), vets(liste.lignes(ListeLaissezPasser.Filtre.AUCUN, 2, 2)));
        assertEquals(List.of("LEC1/1", "LPH1/1", "LDR1/1"), vets(liste.lignes(ListeLaissezPasser.Filtre.AUCUN, 1, 50)));
        assertEquals(List.of(), liste.lignes(ListeLaissezPasser.Filtre.AUCUN, 4, 2));
    }

    private List<ListeLaissezPasser.Ligne> filtre(ListeLaissezPasser.Filtre filtre) {
        List<ListeLaissezPasser.Ligne> lignes = liste.lignes(filtre, 0, 50);
        assertEquals(lignes.size(), liste.compter(filtre), "the count agrees with the list");
        return lignes;
    }

    private static List<String> vets(List<ListeLaissezPasser.Ligne> lignes) {
        return lignes.stream().map(l -> l.vet().toString()).toList();
    }

    private void accorder(String code, String codEtp, int codVrsVet, String auteur) throws OpiRefuseeException {
        base.horloge().avancer(Duration.ofHours(1));
        try (Appel appel = base.appel("accorderLaissezPasser")) {
            inscriptions.accorderLaissezPasser(code, codEtp, codVrsVet, "Motif de " + auteur, auteur, appel);
        }
    }

    private void recevoir(Opi opi) throws OpiRefuseeException {
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            new ReceptionOpiService(base.emf(), base.clock()).recevoir(opi, appel);
        }
    }
}
