package fr.opiconnector.retention;

import static fr.opiconnector.support.OpisDEssai.opi;
import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.ReceptionOpiService;
import fr.opiconnector.support.BaseEnMemoire;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The purge's selection and what it keeps, on H2 in-process (PurgeIT runs it through the command on MariaDB). */
class PurgeServiceTest {

    private final BaseEnMemoire base = new BaseEnMemoire();
    private final PurgeService purge = new PurgeService(base.emf(), base.clock());

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void a_closed_campaign_goes_the_open_one_stays_and_the_journal_keeps_its_rows() throws Exception {
        recevoir(opi("P250000042", voeu("DRO", "LDR1", 1, "F"), voeu("ECO", "LEC1", 1, "D")));
        recevoir(opi("P260000043", voeu("DRO", "LDR1", 1, "F")));

        PurgeService.Bilan essai = purge.purger(campagne(2025), true, false, "test");
        long individusApresEssai = base.compter("select count(i) from Individu i");
        PurgeService.Bilan bilan = purge.purger(campagne(2025), false, false, "test");

        assertEquals(2, individusApresEssai, "a dry run deletes nothing");
        assertEquals(essai.comptes(), bilan.comptes());
        assertEquals(1, bilan.comptes().individus());
        assertEquals(2, bilan.comptes().voeux());
        assertEquals("D 1, F 1", PurgeService.parDecision(bilan.comptes()));
        assertEquals(1, base.compter("select count(i) from Individu i where i.codOpiIntEpo = 'P260000043'"));
        assertEquals(0, base.compter("select count(i) from Individu i where i.codOpiIntEpo = 'P250000042'"));
        assertEquals(2, base.compter("select count(j) from Journal j"), "every journal row kept");
        assertEquals(1, base.compter("select count(j) from Journal j where j.codOpiIntEpo is null"), "anonymised");
    }

    @Test
    void an_open_campaign_is_refused() {
        PurgeService.PurgeRefuseeException refus = assertThrows(PurgeService.PurgeRefuseeException.class,
                () -> purge.purger(campagne(2026), false, false, "test"));

        assertTrue(refus.getMessage().contains("campaign 2026 is not closed"), refus.getMessage());
    }

    private static PurgeService.Critere campagne(int annee) {
        return new PurgeService.Critere(Optional.of(annee), Optional.empty());
    }

    private void recevoir(Opi opi) throws Exception {
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            new ReceptionOpiService(base.emf(), base.clock()).recevoir(opi, appel);
        }
    }
}
