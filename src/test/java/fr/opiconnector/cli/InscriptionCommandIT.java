package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.Commande.Sortie;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registrar's command line on MariaDB: same rules as DossierOpi, one service underneath. */
class InscriptionCommandIT {

    private static MariaDbDEssai base;
    private static ConnecteurDEssai connecteur;
    private static Path configuration;

    @TempDir
    private Path dossier;

    @BeforeAll
    static void demarrer(@TempDir Path repertoire) throws Exception {
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url());
        configuration = repertoire.resolve("opi.properties");
        Files.writeString(configuration, "opi.db.url=" + base.url() + "\nopi.db.user=" + MariaDbDEssai.utilisateur()
                + "\nopi.db.password=" + MariaDbDEssai.motDePasse() + "\nopi.formations.file="
                + ConnecteurDEssai.fichierFormations() + "\n");
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        base.close();
    }

    @BeforeEach
    void recevoirLOpi() {
        base.vider();
        connecteur.poster("apogee-client-v10-full.xml");
    }

    @Test
    void record_cancel_and_list_from_the_command_line() {
        Sortie enregistree = executer("inscription", "enregistrer", "P260000042", "LEC1", "2", "--etat", "1",
                "--date-paiement", "15072026");
        Sortie refusee = executer("inscription", "enregistrer", "P260000042", "LDR1", "1", "--etat", "1",
                "--date-paiement", "15072026");
        connecteur.poster("v10-voeu2-retire.xml");
        Sortie aAnnuler = executer("a-annuler");
        Sortie annulee = executer("inscription", "annuler", "P260000042", "LEC1", "2", "--motif", "Désistement");

        assertEquals(0, enregistree.statut(), enregistree.err());
        assertEquals("P260000042 LEC1/2: IA on LEC1/2, state 1 (inscription principale), paid 2026-07-15, cursus "
                + "aménagé CA-REMISE (created)", enregistree.out().strip());
        assertEquals(1, refusee.statut());
        assertTrue(refusee.err().contains("refused, technical.data.noncoherent.inscriptionPrincipaleExistante"), refusee.err());
        assertTrue(aAnnuler.out().startsWith("1 IA(s) to cancel by hand"), aAnnuler.out());
        assertTrue(aAnnuler.out().contains("P260000042  LEC1/2  state 1, paid 2026-07-15  RETIRE"), aAnnuler.out());
        assertEquals(0, annulee.statut(), annulee.err());
        assertTrue(annulee.out().contains("state 3 (inscription annulée)"), annulee.out());
        assertEquals(2, base.compter("SELECT COUNT(*) FROM remontee"));
        assertEquals(3, base.compter("SELECT COUNT(*) FROM journal WHERE adresse_appelant LIKE 'cli:%' AND resultat <> 'refused'"),
                "registered, listed, cancelled");
    }

    @Test
    void a_laissez_passer_from_the_command_line_opens_a_D_wish_and_the_ia_on_it_is_not_flagged() {
        connecteur.poster("v10-f-vers-d.xml");

        Sortie accorde = executer("laissez-passer", "accorder", "P260000042", "LDR1", "1", "--motif", "Rattrapage réussi",
                "--auteur", "scolarite.droit");
        Sortie avecLaissezPasser = executer("inscription", "enregistrer", "P260000042", "LDR1", "1", "--etat", "1",
                "--date-paiement", "15072026");
        Sortie dossier = executer("dossier", "P260000042");

        assertEquals(0, accorde.statut(), accorde.err());
        assertEquals(0, avecLaissezPasser.statut(), avecLaissezPasser.err());
        assertTrue(dossier.out().contains("DRO/LDR1/1  can register (LAISSEZ_PASSER)  VET offered LDR1/1"), dossier.out());
        assertTrue(dossier.out().contains("laissez-passer by scolarite.droit"), dossier.out());
        assertTrue(dossier.out().contains("IA on LDR1/1: state 1 (inscription principale), paid 2026-07-15"), dossier.out());
        assertFalse(dossier.out().contains("on a closed wish"), "the laissez-passer opened the wish: " + dossier.out());
    }

    @Test
    void a_batch_import_stores_the_good_rows_and_names_the_bad_ones_by_line() throws Exception {
        Path lot = dossier.resolve("ia.csv");
        Files.writeString(lot, """
                codOpiIntEpo;codEtp;codVrsVet;etatInscription;datePaiement
                P260000042;LDR1;1;1;15072026
                P260000042;LEC1;2;1;16072026
                P260000042;LEC1;deux;1;16072026
                P269999999;LDR1;1;1;16072026
                P260000042;LEC1;2;2;16072026
                """);

        Sortie sortie = executer("inscriptions", "import", lot.toString());

        assertEquals(1, sortie.statut(), sortie.err());
        String[] lignes = sortie.out().strip().split("\n");
        assertTrue(lignes[0].startsWith("line 2: P260000042 LDR1/1 created"), lignes[0]);
        assertTrue(lignes[1].startsWith("line 3: P260000042 LEC1/2 refused, technical.data.noncoherent.inscriptionPrincipaleExistante"), lignes[1]);
        assertTrue(lignes[2].startsWith("line 4: refused, expected 5 columns"), lignes[2]);
        assertTrue(lignes[3].startsWith("line 5: P269999999 LDR1/1 refused, technical.data.nullretrieve.dossier"), lignes[3]);
        assertTrue(lignes[4].startsWith("line 6: P260000042 LEC1/2 created"), lignes[4]);
        assertEquals("2 row(s) recorded, 3 refused", lignes[5]);
        assertEquals(2, base.compter("SELECT COUNT(*) FROM inscription"));
    }

    @Test
    void formations_reload_checks_the_whole_file_and_changes_nothing_when_a_line_is_bad() throws Exception {
        Path mauvais = dossier.resolve("formations.csv");
        Files.writeString(mauvais, Files.readString(ConnecteurDEssai.fichierFormations())
                + "7000;Licence Histoire;2500777;0350936C;LHI1;;;;;\n");
        Path bon = dossier.resolve("formations-bon.csv");
        Files.writeString(bon, Files.readString(ConnecteurDEssai.fichierFormations())
                + "7000;Licence Histoire;2500777;0350936C;LHI1/1;;;;;\n");

        Sortie refuse = executer("formations", "reload", "--file", mauvais.toString());
        long avant = base.compter("SELECT COUNT(*) FROM formation");
        Sortie charge = executer("formations", "reload", "--file", bon.toString());
        Sortie configure = executer("formations", "reload");

        assertEquals(1, refuse.statut());
        assertTrue(refuse.err().contains("line 12: vetOui \"LHI1\" must be a VET written codEtp/codVrsVet"), refuse.err());
        assertEquals(5, avant);
        assertEquals(0, charge.statut(), charge.err());
        assertTrue(charge.out().startsWith("6 formation(s) loaded"), charge.out());
        assertTrue(charge.out().contains("the service loads " + ConnecteurDEssai.fichierFormations() + " again at its "
                + "next start: copy " + bon + " there to keep this mapping"), "whether it survives a restart: " + charge.out());
        assertEquals(0, configure.statut(), configure.err());
        assertTrue(configure.out().contains("kept: the service loads this file at every start"), configure.out());
        assertEquals(5, base.compter("SELECT COUNT(*) FROM formation"));
    }

    private static Sortie executer(String... arguments) {
        return Commande.executer(configuration, arguments);
    }

}
