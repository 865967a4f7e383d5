package fr.opiconnector.remontee;

import static fr.opiconnector.support.OpisDEssai.opi;
import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.opiconnector.common.Metrics;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.config.ParcoursupConfig;
import fr.opiconnector.inscription.FormationsService;
import fr.opiconnector.inscription.InscriptionService;
import fr.opiconnector.journal.Appel;
import fr.opiconnector.reception.ReceptionOpiService;
import fr.opiconnector.support.BaseEnMemoire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The remontées on H2 in-process, Parcoursup answered by a stub: the handshake first, then the rows in order. */
class RemonteesServiceTest {

    private final BaseEnMemoire base = new BaseEnMemoire();
    private final ParcoursupConfig config = ConnectorConfig.charger(Optional.empty(), Map.of("OPI_PARCOURSUP_LOGIN",
            "0350936C-remontees", "OPI_PARCOURSUP_PASSWORD", "s3cret", "OPI_PARCOURSUP_UAI", "0350936C")).parcoursup();
    private final List<MajInscription> recues = new ArrayList<>();
    private boolean refuserLesInscriptions;
    private final Parcoursup parcoursup = maj -> {
        recues.add(maj);
        return refuserLesInscriptions && maj.etatInscription() == 1
                ? new Parcoursup.Reponse(200, false, "Candidat inconnu") : new Parcoursup.Reponse(200, true, "OK");
    };
    private final HandshakeService handshake = new HandshakeService(base.emf(), parcoursup, "0350936C", true, base.clock());
    private final RemonteesService remontees = new RemonteesService(base.emf(), parcoursup, handshake, config,
            base.clock(), Metrics.enMemoire());

    @BeforeEach
    void inscrire() throws Exception {
        new FormationsService(base.emf()).charger(Path.of("src/test/resources/formations-test.csv"));
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            new ReceptionOpiService(base.emf(), base.clock()).recevoir(opi("P260000042", voeu("DRO", "LDR1", 1, "F")), appel);
        }
        InscriptionService inscriptions = new InscriptionService(base.emf(), base.clock());
        try (Appel appel = base.appel("enregistrerInscription")) {
            inscriptions.enregistrer("P260000042", "LDR1", 1, 1, "01072026", null, null, appel);
        }
        try (Appel appel = base.appel("annulerInscription")) {
            inscriptions.annuler("P260000042", "LDR1", 1, "Désistement", appel);
        }
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void nothing_goes_before_a_successful_handshake() {
        RemonteesService.Bilan bilan = remontees.envoyer("test");

        assertEquals(0, bilan.envoyees());
        assertEquals(2, bilan.enAttente());
        assertEquals(List.of(), recues);
    }

    @Test
    void after_the_handshake_a_candidates_rows_go_in_the_order_they_were_written() {
        handshake.tester("test");
        recues.clear();

        RemonteesService.Bilan bilan = remontees.envoyer("test");

        assertEquals(2, bilan.envoyees());
        assertEquals(List.of(1, 3), recues.stream().map(MajInscription::etatInscription).toList());
        assertEquals(List.of(42, 42), recues.stream().map(MajInscription::codeCandidat).toList());
    }

    @Test
    void a_row_refused_by_parcoursup_holds_back_the_later_rows_of_its_candidate() {
        handshake.tester("test");
        refuserLesInscriptions = true;

        RemonteesService.Bilan bilan = remontees.envoyer("test");

        assertEquals(1, bilan.echecs());
        assertEquals(1, bilan.enAttente());
        assertEquals(1, bilan.retenues().nombre());
    }
}
