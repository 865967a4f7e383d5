package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.domain.Audit;
import fr.opiconnector.domain.Profil;
import fr.opiconnector.persistence.Database;
import fr.opiconnector.securite.Totp;
import fr.opiconnector.service.CompteRefuseException;
import fr.opiconnector.service.ComptesService;
import fr.opiconnector.support.HorlogeReglable;
import fr.opiconnector.support.MariaDbDEssai;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin accounts on MariaDB: created from the command line, the rules on profiles, the login and its lock-out. */
class ComptesIT {

    private static final String MOT_DE_PASSE = "une-longue-phrase-secrète";
    private static MariaDbDEssai base;
    private static Path configuration;

    @BeforeAll
    static void demarrer(@TempDir Path repertoire) throws Exception {
        base = MariaDbDEssai.nouvelleBase();
        configuration = repertoire.resolve("opi.properties");
        Files.writeString(configuration, "opi.db.url=" + base.url() + "\nopi.db.user=" + MariaDbDEssai.utilisateur()
                + "\nopi.db.password=" + MariaDbDEssai.motDePasse() + "\n");
        try (Database database = Database.ouvrir(config(), Database.Schema.MIGRER)) {
            assertTrue(database.schemaAJour());
        }
    }

    @AfterAll
    static void arreter() {
        base.close();
    }

    @BeforeEach
    void viderLesComptes() {
        base.executerDansLaBase("DELETE FROM compte");
        base.executerDansLaBase("DELETE FROM audit");
    }

    @Test
    void the_first_administrator_and_the_others_from_the_command_line_with_the_rules_of_profiles() {
        Sortie premier = ajouter("admin1", "anne.admin@univ.example", "administrateur");
        ajouter("admin2", "bruno.admin@univ.example", "administrateur");
        ajouter("admin3", "chloe.admin@univ.example", "administrateur");
        Sortie quatrieme = ajouter("admin4", "denis.admin@univ.example", "administrateur");
        Sortie memeAdresse = ajouter("anne2", "Anne.Admin@univ.example", "gestionnaire");
        Sortie cumul = ajouter("eve", "eve@univ.example", "administrateur,technique");
        Sortie deuxProfils = ajouter("fred", "fred@univ.example", "gestionnaire,technique");
        Sortie court = executer("court\n", "comptes", "ajouter", "gina", "--email", "gina@univ.example", "--profil",
                "technique");
        Sortie desactive = executer("", "comptes", "desactiver", "admin3");
        Sortie apres = ajouter("admin4", "denis.admin@univ.example", "administrateur");
        Sortie liste = executer("", "comptes", "liste");

        assertEquals(0, premier.statut(), premier.err());
        assertTrue(premier.out().startsWith("account admin1 created (administrateur)"), premier.out());
        assertTrue(premier.out().contains("otpauth://totp/opi-connector%3Aadmin1?secret="), premier.out());
        assertEquals(1, quatrieme.statut());
        assertTrue(quatrieme.err().contains("déjà 3 administrateurs actifs"), quatrieme.err());
        assertEquals(1, memeAdresse.statut());
        assertTrue(memeAdresse.err().contains("déjà celle d'un autre compte"), "one person, one account: " + memeAdresse.err());
        assertEquals(1, cumul.statut());
        assertTrue(cumul.err().contains("ne se cumule avec aucun autre"), cumul.err());
        assertEquals(0, deuxProfils.statut(), deuxProfils.err());
        assertEquals(1, court.statut());
        assertTrue(court.err().contains("au moins 12 caractères"), court.err());
        assertEquals(0, desactive.statut(), desactive.err());
        assertEquals(0, apres.statut(), "a deactivated administrator frees a place: " + apres.err());
        assertTrue(liste.out().contains("admin3  chloe.admin@univ.example  administrateur  deactivated"), liste.out());
        assertTrue(liste.out().contains("fred  fred@univ.example  gestionnaire,technique  active  last login never"),
                liste.out());
        assertEquals(List.of("COMPTE_CREE", "COMPTE_DESACTIVE"), base.lignes(
                "SELECT evenement FROM audit WHERE login = 'admin3' ORDER BY id"));
        assertFalse(base.lignes("SELECT mot_de_passe FROM compte").stream().anyMatch(h -> h.contains(MOT_DE_PASSE)),
                "only hashes are stored");
    }

    @Test
    void the_last_active_administrator_cannot_be_removed() {
        ajouter("seul.admin", "seul@univ.example", "administrateur");

        Sortie desactive = executer("", "comptes", "desactiver", "seul.admin");

        assertEquals(1, desactive.statut());
        assertTrue(desactive.err().contains("c'est le dernier administrateur actif"), desactive.err());
        assertEquals(List.of("1"), base.lignes("SELECT actif FROM compte WHERE login = 'seul.admin'"));
    }

    @Test
    void login_needs_the_password_and_a_fresh_code_and_five_failures_lock_the_account() throws Exception {
        HorlogeReglable horloge = new HorlogeReglable(Instant.parse("2026-06-02T08:00:00Z"));
        try (Database database = Database.ouvrir(config(), Database.Schema.VERIFIER)) {
            ComptesService comptes = new ComptesService(database.emf(), horloge);
            ComptesService.NouveauCompte compte = comptes.ajouter("gestion1", "gestion1@univ.example",
                    EnumSet.of(Profil.GESTIONNAIRE, Profil.TECHNIQUE), MOT_DE_PASSE, "test");
            String code = Totp.code(compte.secretTotp(), horloge.instant());

            ComptesService.Connexion connexion = comptes.connecter("gestion1", MOT_DE_PASSE, code, "192.0.2.7");
            CompteRefuseException rejoue = assertThrows(CompteRefuseException.class,
                    () -> comptes.connecter("gestion1", MOT_DE_PASSE, code, "192.0.2.7"));
            horloge.avancer(Duration.ofSeconds(90));
            for (int i = 0; i < 5; i++) {
                assertThrows(CompteRefuseException.class, () -> comptes.connecter("gestion1", "mauvais-mot-de-passe",
                        Totp.code(compte.secretTotp(), horloge.instant()), "192.0.2.8"));
            }
            CompteRefuseException verrouille = assertThrows(CompteRefuseException.class, () -> comptes.connecter(
                    "gestion1", MOT_DE_PASSE, Totp.code(compte.secretTotp(), horloge.instant()), "192.0.2.7"));
            horloge.avancer(Duration.ofMinutes(16));
            ComptesService.Connexion plusTard = comptes.connecter("gestion1", MOT_DE_PASSE,
                    Totp.code(compte.secretTotp(), horloge.instant()), "192.0.2.7");
            comptes.desactiver("gestion1", "test");
            horloge.avancer(Duration.ofSeconds(60));
            CompteRefuseException desactive = assertThrows(CompteRefuseException.class, () -> comptes.connecter(
                    "gestion1", MOT_DE_PASSE, Totp.code(compte.secretTotp(), horloge.instant()), "192.0.2.7"));

            assertEquals(Set.of(Profil.GESTIONNAIRE, Profil.TECHNIQUE), connexion.profils());
            assertEquals("Identifiant, mot de passe ou code invalide.", rejoue.getMessage(), "a code serves once");
            assertTrue(verrouille.getMessage().startsWith("Compte verrouillé après 5 échecs"), verrouille.getMessage());
            assertEquals("gestion1", plusTard.login(), "unlocked after a quarter of an hour");
            assertEquals("Identifiant, mot de passe ou code invalide.", desactive.getMessage());
            List<Audit.Evenement> evenements = comptes.audit("gestion1").stream().map(Audit::evenement).toList();
            // Newest first: the replayed code was the first failure, so the fourth wrong password locked the account.
            assertEquals(List.of(Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.COMPTE_DESACTIVE,
                    Audit.Evenement.CONNEXION, Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.ECHEC_CONNEXION,
                    Audit.Evenement.COMPTE_VERROUILLE, Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.ECHEC_CONNEXION,
                    Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.CONNEXION,
                    Audit.Evenement.COMPTE_CREE), evenements);
        }
    }

    private static ConnectorConfig config() {
        return ConnectorConfig.charger(Optional.of(configuration), Map.of());
    }

    private static Sortie ajouter(String login, String email, String profils) {
        return executer(MOT_DE_PASSE + "\n", "comptes", "ajouter", login, "--email", email, "--profil", profils);
    }

    private static Sortie executer(String entree, String... arguments) {
        String[] avecConfiguration = java.util.Arrays.copyOf(arguments, arguments.length + 2);
        avecConfiguration[arguments.length] = "--config";
        avecConfiguration[arguments.length + 1] = configuration.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream clavier = System.in;
        System.setIn(new ByteArrayInputStream(entree.getBytes(StandardCharsets.UTF_8)));
        try {
            int statut = OpiConnectorCommand.executer(new PrintWriter(out, true), new PrintWriter(err, true), avecConfiguration);
            return new Sortie(statut, out.toString(), err.toString());
        } finally {
            System.setIn(clavier);
        }
    }

    private record Sortie(int statut, String out, String err) {
    }
}
