package fr.opiconnector.export;

import static fr.opiconnector.support.OpisDEssai.opi;
import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.inscription.FormationsService;
import fr.opiconnector.journal.Appel;
import fr.opiconnector.reception.ReceptionOpiService;
import fr.opiconnector.support.BaseEnMemoire;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apogée's flat files on H2 in-process: the open wishes to one pair of files, the closed ones to the other. */
class ExportApogeeTest {

    private final BaseEnMemoire base = new BaseEnMemoire();

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void open_and_closed_wishes_go_to_their_own_files(@TempDir Path dossier) throws Exception {
        new FormationsService(base.emf()).charger(Path.of("src/test/resources/formations-test.csv"));
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            new ReceptionOpiService(base.emf(), base.clock()).recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "F"),
                    voeu("ECO", "LEC1", 1, "D")), appel);
        }

        Bilan bilan = ExportApogee.exporter(new ExportService(base.emf()), dossier, LocalDate.of(2026, 7, 8), null);

        assertEquals(1, bilan.lignes().get(ExportApogee.VOEUX));
        assertEquals(1, bilan.lignes().get(ExportApogee.VOEUX_DEFAVORABLES));
    }
}
