package fr.opiconnector.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ConnecteurDEssai;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apogée's flat files as ARIA writes them: a French address's second field is « code postal + ville », names are
 * upper case without accents (the stored data keep theirs), and the laissez-passer file laisser_passer_<date>.opi
 * holds one line INE:CET:VET:PERIODE: per active laissez-passer.
 */
class ExportApogeeFichiersIT extends AvecConnecteur {

    @Test
    void the_files_carry_postcode_and_town_names_without_accents_and_the_laissez_passer(@TempDir Path repertoire)
            throws Exception {
        String requete = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"), StandardCharsets.UTF_8)
                .replaceFirst("<libAde xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>",
                        "<libAde>Rennes</libAde>");
        assertTrue(requete.contains("<libAde>Rennes</libAde>"));
        assertTrue(connecteur.posterOctets(requete.getBytes(StandardCharsets.UTF_8)).reponseVide());
        DossierOpiServiceInterface dossierOpi = clientDossierOpi();
        dossierOpi.accorderLaissezPasser("P260000042", "LDR1", 1, "Commission", "scolarite.droit");
        dossierOpi.accorderLaissezPasser("P260000042", "LMA1", 1, "Réorientation", "scolarite.sciences");
        Path configuration = configurationCli(repertoire);
        Path dir = repertoire.resolve("apogee");

        Commande.Sortie parDefaut = Commande.executer(configuration, "export", "apogee", "--dir", dir.toString());
        String jour = ExportApogee.fichierLaissezPasser(LocalDate.now(ZoneId.of("Europe/Paris")));
        List<String> laissezPasser = Files.readAllLines(dir.resolve(jour), StandardCharsets.ISO_8859_1);
        String candidat = Files.readAllLines(dir.resolve("candidats.opi"), StandardCharsets.ISO_8859_1).get(0);
        String voeu = Files.readAllLines(dir.resolve("voeux.opi"), StandardCharsets.ISO_8859_1).get(0);
        Commande.Sortie annee = Commande.executer(configuration, "export", "apogee", "--dir", dir.toString(),
                "--annee", "2027");
        Commande.Sortie dossier = Commande.executer(configuration, "dossier", "P260000042");

        assertEquals(0, parDefaut.statut(), parDefaut.out() + parDefaut.err());
        assertTrue(parDefaut.out().contains(jour + ": 2 row(s)"), parDefaut.out());
        assertEquals(List.of("1234567890A:LDR1:1:2026:", "1234567890A:LMA1:1:2026:"), laissezPasser);
        assertTrue(candidat.contains(":35000 RENNES" + " ".repeat(32 - "35000 RENNES".length()) + ":"), candidat);
        assertTrue(candidat.contains(":LEFEVRE-D'ARC"), candidat);
        assertTrue(candidat.contains(":ELODIE"), candidat);
        assertTrue(voeu.contains("LEFEVRE-D'ARC"), voeu);
        assertEquals(0, annee.statut(), annee.out());
        assertEquals(List.of("1234567890A:LDR1:1:2027:", "1234567890A:LMA1:1:2027:"),
                Files.readAllLines(dir.resolve(jour), StandardCharsets.ISO_8859_1));
        assertTrue(dossier.out().contains("LEFÈVRE-D'ARC"), "the stored data keep their accents: " + dossier.out());
    }
}
