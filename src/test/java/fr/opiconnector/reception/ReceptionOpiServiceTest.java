package fr.opiconnector.reception;

import static fr.opiconnector.support.OpisDEssai.opi;
import static fr.opiconnector.support.OpisDEssai.individu;
import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.journal.Resultat;
import fr.opiconnector.support.BaseEnMemoire;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Receiving OPIs, as the use case does it, on H2 in-process: what is stored, what the history says. */
class ReceptionOpiServiceTest {

    private final BaseEnMemoire base = new BaseEnMemoire();
    private final ReceptionOpiService reception = new ReceptionOpiService(base.emf(), base.clock());

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void a_new_opi_creates_the_individual_and_its_wishes_with_their_history() throws Exception {
        Resultat resultat = recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "F"), voeu("ECO", "LEC1", 1, "S")));

        assertEquals(Resultat.CREATED, resultat);
        assertEquals(2, base.compter("select count(v) from Voeu v"));
        assertEquals(List.of("INDIVIDU_CREE", "VOEU_AJOUTE", "VOEU_AJOUTE"), evenements());
    }

    @Test
    void the_same_opi_again_changes_nothing_and_writes_no_history() throws Exception {
        recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "F")));

        Resultat resultat = recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "F")));

        assertEquals(Resultat.UNCHANGED, resultat);
        assertEquals(List.of("INDIVIDU_CREE", "VOEU_AJOUTE"), evenements());
        assertEquals(2, base.compter("select count(j) from Journal j"), "one journal row per call");
    }

    @Test
    void a_decision_turned_d_a_wish_dropped_and_taken_back_are_each_one_event() throws Exception {
        recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "F"), voeu("ECO", "LEC1", 1, "F")));

        assertEquals(Resultat.UPDATED, recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "D"), voeu("ECO", "LEC1", 1, "F"))));
        assertEquals(Resultat.UPDATED, recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "D"))));
        assertEquals(Resultat.UPDATED, recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "D"), voeu("ECO", "LEC1", 1, "F"))));

        assertEquals(List.of("INDIVIDU_CREE", "VOEU_AJOUTE", "VOEU_AJOUTE", "VOEU_MODIFIE", "VOEU_RETIRE", "VOEU_REPRIS"),
                evenements());
        assertEquals(List.of("codDecVeu F→D"), base.emf().callInTransaction(em -> em.createQuery(
                "select concat(h.champ, ' ', h.ancienneValeur, '→', h.nouvelleValeur) from Historique h "
                        + "where h.evenement = fr.opiconnector.reception.Historique.Evenement.VOEU_MODIFIE", String.class)
                .getResultList()));
    }

    @Test
    void a_re_send_leaves_the_individual_untouched_and_an_older_opi_sent_again_is_reconciled_again() throws Exception {
        Opi premiere = opi("P260000042", voeu("DRO", "LDR1", 1, "F"));
        Opi seconde = opi("P260000042", voeu("DRO", "LDR1", 1, "D"));
        recevoir(premiere);

        Resultat renvoi = recevoir(premiere);
        long versionApresRenvoi = base.compter("select cast(i.version as long) from Individu i");
        Resultat changement = recevoir(seconde);
        Resultat retour = recevoir(premiere);
        Resultat renvoiDuRetour = recevoir(premiere);

        assertEquals(Resultat.UNCHANGED, renvoi);
        assertEquals(0, versionApresRenvoi, "a re-send writes nothing on the individual");
        assertEquals(Resultat.UPDATED, changement);
        assertEquals(Resultat.UPDATED, retour, "the OPI sent before the last one is not a re-send: F again");
        assertEquals(Resultat.UNCHANGED, renvoiDuRetour);
        assertEquals(List.of("F"), base.emf().callInTransaction(em -> em.createQuery("select v.codDecVeu from Voeu v",
                String.class).getResultList()));
        assertEquals(List.of("INDIVIDU_CREE", "VOEU_AJOUTE", "VOEU_MODIFIE", "VOEU_MODIFIE"), evenements());
    }

    @Test
    void the_dossier_and_the_journal_read_back_the_times_of_the_calls_that_created_and_changed_it() throws Exception {
        Instant creation = base.clock().instant();
        recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "F")));
        base.horloge().avancer(Duration.ofHours(26));
        Instant changement = base.clock().instant();

        recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "D")));

        Individu individu = base.emf().callInTransaction(em -> new IndividuRepository(em).trouver("P260000042")).orElseThrow();
        assertEquals(List.of(creation, changement), List.of(individu.creeLe(), individu.modifieLe()));
        Voeu voeu = base.emf().callInTransaction(em -> em.createQuery("select v from Voeu v", Voeu.class).getSingleResult());
        assertEquals(List.of(creation, changement), List.of(voeu.creeLe(), voeu.modifieLe()));
        assertEquals(List.of(creation, changement), base.emf().callInTransaction(em -> em.createQuery(
                "select j.recuLe from Journal j order by j.id", Instant.class).getResultList()), "the journal's times");
        assertEquals(List.of(creation, creation, changement), base.emf().callInTransaction(em -> em.createQuery(
                "select h.horodatage from Historique h order by h.id", Instant.class).getResultList()));
    }

    @Test
    void the_same_content_under_another_operation_version_is_not_taken_for_a_re_send() {
        Opi v10 = opi("P260000042", voeu("DRO", "LDR1", 1, "F"));
        Opi v7 = new Opi(VersionOpi.V7, v10.individu(), v10.voeux());
        String empreinte = Empreinte.de(v10);

        assertEquals(empreinte, Empreinte.de(v7), "the journal's payload hash is the content's");
        assertEquals(false, Empreinte.recue(v10, empreinte).equals(Empreinte.recue(v7, empreinte)),
                "a version decides what an absent field means: the fingerprint kept on the individual tells them apart");
    }

    @Test
    void a_refused_opi_stores_nothing_and_leaves_one_refused_row() {
        OpiRefuseeException refus = assertThrows(OpiRefuseeException.class,
                () -> recevoir(new Opi(VersionOpi.V10, individu("P260000042", "31022008"), List.of(voeu("DRO", "LDR1", 1, "F")))));

        assertEquals("technical.parameter.noncoherentinput.dateNaiIndOpi", refus.cle());
        assertEquals(0, base.compter("select count(i) from Individu i"));
        assertEquals(1, base.compter("select count(j) from Journal j where j.resultat = 'refused' "
                + "and j.cleFaute = 'technical.parameter.noncoherentinput.dateNaiIndOpi'"));
        assertEquals(1, base.appelsComptes());
    }

    private Resultat recevoir(Opi opi) throws OpiRefuseeException {
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            return reception.recevoir(opi, appel);
        }
    }

    private List<String> evenements() {
        return base.emf().callInTransaction(em -> em.createQuery("select h.evenement from Historique h order by h.id",
                Historique.Evenement.class).getResultList().stream().map(Enum::name).toList());
    }
}
