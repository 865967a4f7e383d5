package fr.opiconnector.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.support.BaseEnMemoire;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The owner of a call: one journal row and one count, whatever the layers report and however often it concludes. */
class AppelTest {

    private final BaseEnMemoire base = new BaseEnMemoire();

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void a_committed_call_keeps_its_row_and_counts_once_however_often_it_concludes() {
        Appel appel = base.appel("consulterDossier");
        base.emf().runInTransaction(em -> appel.consigner(em, "P260000042", null, Resultat.CONSULTED));
        appel.engage();
        appel.refuser("P260000042", ClesFaute.ENREGISTREMENT);

        appel.terminer();
        appel.terminer();

        assertEquals(List.of("consulted null"), lignes());
        assertEquals(1, base.appelsComptes());
    }

    @Test
    void a_refused_call_gets_its_row_when_it_concludes_with_the_last_key_reported() {
        Appel appel = base.appel("enregistrerInscription");
        appel.refuser("P260000042", "technical.parameter.noncoherentinput.codEtp");

        assertEquals(List.of(), lignes(), "nothing before the call concludes");
        appel.close();
        appel.close();

        assertEquals(List.of("refused technical.parameter.noncoherentinput.codEtp"), lignes());
        assertEquals(1, base.appelsComptes());
    }

    @Test
    void a_row_written_in_a_transaction_that_did_not_commit_becomes_a_failed_call() {
        Appel appel = base.appel("mettreajourDonneesOpi_v10");
        base.emf().runInTransaction(em -> {
            appel.consigner(em, "P260000042", "empreinte", Resultat.CREATED);
            em.getTransaction().setRollbackOnly();
        });

        appel.terminer();

        assertEquals(List.of("refused " + ClesFaute.ENREGISTREMENT), lignes());
    }

    @Test
    void an_unknown_outcome_writes_no_row_and_counts_once() {
        Appel appel = base.appel("mettreajourDonneesOpi_v10");
        appel.issueInconnue("P260000042");

        appel.terminer();

        assertEquals(List.of(), lignes(), "the database has the call's row if and only if it has the call");
        assertEquals(1, base.appelsComptes());
    }

    private List<String> lignes() {
        return base.emf().callInTransaction(em -> em.createQuery("select concat(j.resultat, ' ', coalesce(j.cleFaute, 'null')) "
                + "from Journal j order by j.id", String.class).getResultList());
    }
}
