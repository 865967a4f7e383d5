package fr.opiconnector.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pégase's files as eCandidat's daily export writes them: `--depuis DATE` and `--incremental` (the last export
 * remembered in the database) give dated files holding only the candidates new or changed since; origine_admission
 * comes from the configuration.
 */
class ExportPegaseIncrementalIT extends AvecConnecteur {

    @Test
    void an_incremental_export_holds_only_the_candidates_new_or_changed_since_the_last_one(@TempDir Path repertoire)
            throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        assertTrue(connecteur.posterOctets(Files.readAllBytes(Path.of("config/samples/mettreajourDonneesOpi_v10.xml")))
                .reponseVide());
        Path configuration = repertoire.resolve("opi.properties");
        Files.writeString(configuration, "opi.db.url=" + base.url() + "\nopi.db.user=" + MariaDbDEssai.utilisateur()
                + "\nopi.db.password=" + MariaDbDEssai.motDePasse() + "\nopi.export.pegase.origine.admission=EC\n"
                + "opi.export.incremental.marge.secondes=0\n");
        String jour = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneId.of("Europe/Paris")));

        Commande.Sortie premiere = Commande.executer(configuration, "export", "pegase", "--dir",
                repertoire.resolve("1").toString(), "--incremental");
        Commande.Sortie seconde = Commande.executer(configuration, "export", "pegase", "--dir",
                repertoire.resolve("2").toString(), "--incremental");
        assertTrue(connecteur.poster("v10-f-vers-d.xml").reponseVide());
        Commande.Sortie troisieme = Commande.executer(configuration, "export", "pegase", "--dir",
                repertoire.resolve("3").toString(), "--incremental");
        Commande.Sortie depuis = Commande.executer(configuration, "export", "pegase", "--dir",
                repertoire.resolve("4").toString(), "--depuis", "2000-01-01");
        Commande.Sortie mauvaiseDate = Commande.executer(configuration, "export", "pegase", "--dir",
                repertoire.resolve("5").toString(), "--depuis", "hier");

        assertTrue(premiere.out().contains("first incremental export"), premiere.out());
        assertEquals(List.of("P260000042", "P260012345"), candidats(repertoire.resolve("1"), jour));
        assertEquals(List.of(), candidats(repertoire.resolve("2"), jour), seconde.out());
        assertEquals(List.of("P260000042"), candidats(repertoire.resolve("3"), jour), troisieme.out());
        assertEquals(List.of("P260000042", "P260012345"), candidats(repertoire.resolve("4"), jour), depuis.out());
        assertFalse(Files.exists(repertoire.resolve("1").resolve("candidat.csv")), "dated files only");
        List<String> candidatures = Files.readAllLines(repertoire.resolve("1").resolve("candidature-" + jour + ".csv"));
        int origine = Arrays.asList(candidatures.get(0).split(";", -1)).indexOf("origine_admission");
        assertTrue(candidatures.size() > 1);
        candidatures.subList(1, candidatures.size())
                .forEach(l -> assertEquals("EC", l.split(";", -1)[origine], "from the configuration: " + l));
        assertEquals(2, mauvaiseDate.statut());
        assertTrue(mauvaiseDate.err().contains("--depuis: expected a date YYYY-MM-DD"), mauvaiseDate.err());
    }

    private static List<String> candidats(Path dossier, String jour) throws Exception {
        List<String> lignes = Files.readAllLines(dossier.resolve("candidat-" + jour + ".csv"), StandardCharsets.UTF_8);
        return lignes.subList(1, lignes.size()).stream().map(l -> l.split(";", -1)[0]).toList();
    }
}
