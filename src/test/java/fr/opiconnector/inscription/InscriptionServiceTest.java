package fr.opiconnector.inscription;

import static fr.opiconnector.support.OpisDEssai.opi;
import static fr.opiconnector.support.OpisDEssai.voeu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.ClesFaute;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.ReceptionOpiService;
import fr.opiconnector.support.BaseEnMemoire;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration on H2 in-process: the rules of the operational note, without HTTP. */
class InscriptionServiceTest {

    private static final String CODE = "P260000042";

    private final BaseEnMemoire base = new BaseEnMemoire();
    private final InscriptionService inscriptions = new InscriptionService(base.emf(), base.clock());

    @BeforeEach
    void formations() throws Exception {
        new FormationsService(base.emf()).charger(Path.of("src/test/resources/formations-test.csv"));
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void an_ia_on_a_favourable_wish_is_recorded_with_its_remontee() throws Exception {
        recevoir(opi(CODE, voeu("DRO", "LDR1", 1, "F")));

        try (Appel appel = base.appel("enregistrerInscription")) {
            inscriptions.enregistrer(CODE, "LDR1", 1, 1, "01072026", null, null, appel);
        }

        assertEquals(1, base.compter("select count(i) from Inscription i"));
        assertEquals(1, base.compter("select count(r) from Remontee r where r.statut = 'EN_ATTENTE'"));
    }

    @Test
    void the_web_channel_cannot_register_on_a_d_wish() throws Exception {
        recevoir(opi(CODE, voeu("DRO", "LDR1", 1, "D")));

        OpiRefuseeException refus = assertThrows(OpiRefuseeException.class, () -> {
            try (Appel appel = base.appel("enregistrerInscription")) {
                inscriptions.enregistrer(CODE, "LDR1", 1, 1, "01072026", null, null, appel);
            }
        });

        assertEquals(ClesFaute.VOEU_NON_INSCRIPTIBLE, refus.cle());
        assertEquals(0, base.compter("select count(i) from Inscription i"));
    }

    @Test
    void an_ia_whose_wish_turns_d_is_to_cancel_until_a_laissez_passer_is_granted_after() throws Exception {
        recevoir(opi(CODE, voeu("DRO", "LDR1", 1, "F")));
        try (Appel appel = base.appel("enregistrerInscription")) {
            inscriptions.enregistrer(CODE, "LDR1", 1, 1, "01072026", null, null, appel);
        }
        base.horloge().avancer(Duration.ofDays(1));
        recevoir(opi(CODE, voeu("DRO", "LDR1", 1, "D")));

        List<DossierInscription.InscriptionAAnnuler> avant = aAnnuler();
        base.horloge().avancer(Duration.ofDays(1));
        try (Appel appel = base.appel("accorderLaissezPasser")) {
            inscriptions.accorderLaissezPasser(CODE, "LDR1", 1, "Réorientation acceptée", "gestionnaire1", appel);
        }

        assertEquals(List.of(CODE), avant.stream().map(DossierInscription.InscriptionAAnnuler::codOpiIntEpo).toList());
        assertEquals(List.of(), aAnnuler(), "the registrar has acted");
    }

    private List<DossierInscription.InscriptionAAnnuler> aAnnuler() throws OpiRefuseeException {
        try (Appel appel = base.appel("listerInscriptionsAAnnuler")) {
            return inscriptions.aAnnuler(appel);
        }
    }

    private void recevoir(Opi opi) throws OpiRefuseeException {
        try (Appel appel = base.appel("mettreajourDonneesOpi_v10")) {
            new ReceptionOpiService(base.emf(), base.clock()).recevoir(opi, appel);
        }
    }
}
