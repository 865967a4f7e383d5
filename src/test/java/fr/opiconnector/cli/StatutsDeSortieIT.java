package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.Commande.Sortie;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands say plainly what they did and exit as the README says: a bad enum value is refused with the accepted ones,
 * an unknown remontée is named as such, a repeated cancellation says it changed nothing, an unknown dossier exits 1.
 */
class StatutsDeSortieIT extends AvecConnecteur {

    @Test
    void a_bad_status_an_unknown_remontee_a_repeated_cancellation_and_an_unknown_dossier_are_said_plainly(
            @TempDir Path repertoire) throws Exception {
        Path configuration = configurationCli(repertoire);
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        assertEquals(0, Commande.executer(configuration, "inscription", "enregistrer", "P260000042", "LDR1", "1",
                "--etat", "1", "--date-paiement", "15072026").statut());

        Sortie statutInconnu = Commande.executer(configuration, "remontees", "liste", "--statut", "FOO");
        Sortie remonteeInconnue = Commande.executer(configuration, "remontees", "rejouer", "999");
        Sortie remonteeEnAttente = Commande.executer(configuration, "remontees", "rejouer",
                base.lignes("SELECT id FROM remontee").get(0));
        Sortie premiere = Commande.executer(configuration, "inscription", "annuler", "P260000042", "LDR1", "1",
                "--motif", "Désistement");
        Sortie seconde = Commande.executer(configuration, "inscription", "annuler", "P260000042", "LDR1", "1",
                "--motif", "Désistement");
        Sortie dossierInconnu = Commande.executer(configuration, "dossier", "P269999999");

        assertEquals(2, statutInconnu.statut());
        assertTrue(statutInconnu.err().contains("--statut: expected one of EN_ATTENTE, ENVOYEE, ECHEC, not FOO"),
                statutInconnu.err());
        assertEquals(1, remonteeInconnue.statut());
        assertTrue(remonteeInconnue.err().contains("no such remontée: #999"), remonteeInconnue.err());
        assertEquals(1, remonteeEnAttente.statut());
        assertTrue(remonteeEnAttente.err().contains("is EN_ATTENTE, not failed"), remonteeEnAttente.err());
        assertTrue(premiere.out().contains("state 3 (inscription annulée)") && premiere.out().contains("(updated)"),
                premiere.out());
        assertTrue(seconde.out().contains("(unchanged: the IA was already cancelled)"), seconde.out());
        assertEquals(1, dossierInconnu.statut());
    }
}
