package fr.opiconnector.reception;

import static fr.opiconnector.support.OpisDEssai.opi;
import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.support.BaseEnMemoire;
import fr.opiconnector.support.MariaDbDEssai;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On MariaDB: the rows of the write path read back through the entities as the rows Hibernate wrote did; its statements are prepared once per connection. */
class EcritureOpiIT {

    @Test
    void times_are_stored_in_utc_and_read_back_as_written_whatever_the_machine_zone() throws Exception {
        try (MariaDbDEssai mariaDb = MariaDbDEssai.nouvelleBase();
                BaseEnMemoire base = new BaseEnMemoire(mariaDb.url(), MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse())) {
            ReceptionOpiService reception = new ReceptionOpiService(base.emf(), base.clock());
            Instant creation = base.clock().instant();
            recevoir(base, reception, opi("P260000042", voeu("DRO", "LDR1", 1, "F")));
            base.horloge().avancer(Duration.ofHours(26));
            Instant changement = base.clock().instant();

            recevoir(base, reception, opi("P260000042", voeu("DRO", "LDR1", 1, "D")));

            Individu individu = base.emf().callInTransaction(em -> new IndividuRepository(em).trouver("P260000042"))
                    .orElseThrow();
            assertEquals(List.of(creation, changement), List.of(individu.creeLe(), individu.modifieLe()));
            assertEquals(List.of("2026-07-08 08:00:00.000000 2026-07-09 10:00:00.000000"),
                    mariaDb.lignes("SELECT CONCAT(cree_le, ' ', modifie_le) FROM voeu"), "UTC in the columns");
            assertEquals(List.of(creation, changement), base.emf().callInTransaction(em -> em.createQuery(
                    "select j.recuLe from Journal j order by j.id", Instant.class).getResultList()), "the journal's times");
            assertEquals(List.of(creation, creation, changement), base.emf().callInTransaction(em -> em.createQuery(
                    "select h.horodatage from Historique h order by h.id", Instant.class).getResultList()));
        }
    }

    @Test
    void the_statements_of_a_call_are_prepared_on_the_server_and_reused_by_the_next_calls() throws Exception {
        try (MariaDbDEssai mariaDb = MariaDbDEssai.nouvelleBase();
                BaseEnMemoire base = new BaseEnMemoire(mariaDb.url(), MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse())) {
            ReceptionOpiService reception = new ReceptionOpiService(base.emf(), base.clock());
            long preparesAvant = mariaDb.compter(STATUT_PREPARE);
            long executesAvant = mariaDb.compter(STATUT_EXECUTE);

            for (int i = 0; i < 20; i++) {
                recevoir(base, reception, opi(String.format("P2600000%02d", i), voeu("DRO", "LDR1", 1, "F")));
            }

            long prepares = mariaDb.compter(STATUT_PREPARE) - preparesAvant;
            long executes = mariaDb.compter(STATUT_EXECUTE) - executesAvant;
            assertEquals(true, executes >= 20 * 5, "each call's statements run prepared: " + executes);
            assertEquals(true, prepares < executes / 4, prepares + " prepared for " + executes + " run: the driver keeps them");
        }
    }

    private static final String STATUT_PREPARE = "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
            + "WHERE VARIABLE_NAME = 'COM_STMT_PREPARE'";
    private static final String STATUT_EXECUTE = "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
            + "WHERE VARIABLE_NAME = 'COM_STMT_EXECUTE'";

    private static void recevoir(BaseEnMemoire base, ReceptionOpiService reception, Opi opi) throws Exception {
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            reception.recevoir(opi, appel);
        }
    }
}
