package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.securite.Audit;
import fr.opiconnector.securite.Profil;
import fr.opiconnector.database.Database;
import fr.opiconnector.securite.Argon2;
import fr.opiconnector.securite.Totp;
import fr.opiconnector.securite.CompteRefuseException;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.securite.ConnexionsService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.ConnecteurDEssai;
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

    private static final String MOT_DE_PASSE = ComptesDEssai.MOT_DE_PASSE;
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
        Sortie sansNom = executer("", "comptes", "ajouter", "gina", "--nom", " ", "--email", "gina@univ.example",
                "--profil", "technique");
        Sortie desactive = executer("", "comptes", "desactiver", "admin3");
        Sortie apres = ajouter("admin4", "denis.admin@univ.example", "administrateur");
        Sortie liste = executer("", "comptes", "liste");

        assertEquals(0, premier.statut(), premier.err());
        assertTrue(premier.out().startsWith("account admin1 created (administrateur), waiting for its owner's activation"),
                premier.out());
        assertTrue(premier.out().contains("activation link NOT e-mailed (aucun serveur de messagerie n'est configuré): "
                + "give it to the account's owner only"), premier.out());
        assertTrue(premier.out().contains("  http://127.0.0.1:8080/admin/activation?jeton="), premier.out());
        assertFalse(premier.out().contains("otpauth"), "no second factor is shown to whoever creates the account");
        assertEquals(1, quatrieme.statut());
        assertTrue(quatrieme.err().contains("déjà 3 administrateurs actifs"), quatrieme.err());
        assertEquals(1, memeAdresse.statut());
        assertTrue(memeAdresse.err().contains("déjà celle d'un autre compte"), "one person, one account: " + memeAdresse.err());
        assertEquals(1, cumul.statut());
        assertTrue(cumul.err().contains("ne se cumule avec aucun autre"), cumul.err());
        assertEquals(0, deuxProfils.statut(), deuxProfils.err());
        assertEquals(1, sansNom.statut());
        assertTrue(sansNom.err().contains("nom manquant"), sansNom.err());
        assertEquals(0, desactive.statut(), desactive.err());
        assertEquals(0, apres.statut(), "a deactivated administrator frees a place: " + apres.err());
        assertTrue(liste.out().contains("admin3  Nom admin3  chloe.admin@univ.example  administrateur  deactivated"),
                liste.out());
        assertTrue(liste.out().contains("fred  Nom fred  fred@univ.example  gestionnaire,technique  waiting for activation  "
                + "last login never"), liste.out());
        assertEquals(List.of("COMPTE_CREE", "COMPTE_DESACTIVE"), base.lignes(
                "SELECT evenement FROM audit WHERE login = 'admin3' ORDER BY id"));
        assertEquals(List.of("0"), base.lignes("SELECT COUNT(*) FROM compte WHERE mot_de_passe IS NOT NULL "
                + "OR secret_totp IS NOT NULL"), "nobody but the owner sets a password or a factor");
    }

    @Test
    void the_printed_link_opens_the_activation_page_and_a_reset_prints_a_new_one_that_replaces_password_and_factor(
            @TempDir Path repertoire) throws Exception {
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            String urlConsole = connecteur.adresse().replace("/services/OpiMetier", "");
            Path avecUrl = repertoire.resolve("opi-url.properties");
            Files.writeString(avecUrl, Files.readString(configuration) + "opi.admin.url.publique=" + urlConsole + "\n");
            HorlogeReglable horloge = new HorlogeReglable(Instant.now());
            ComptesService comptes = new ComptesService(connecteur.application().database().emf(), horloge);

            Commande.Sortie ajoute = Commande.executer(avecUrl, "comptes", "ajouter", "hugo", "--nom", "Hugo Petit",
                    "--email", "hugo@univ.example", "--telephone", "+33 6 01 02 03 04", "--profil", "technique");
            String lien = ajoute.out().lines().filter(l -> l.startsWith("  http")).findFirst().orElseThrow().strip();
            ConnecteurDEssai.Reponse page = ConnecteurDEssai.get(java.net.URI.create(lien));
            ComptesDEssai.CompteActif hugo = ComptesDEssai.activer(comptes, horloge, ComptesDEssai.jeton(lien));
            ConnecteurDEssai.Reponse dejaServi = ConnecteurDEssai.get(java.net.URI.create(lien));
            Commande.Sortie reinitialise = Commande.executer(avecUrl, "comptes", "reinitialiser", "hugo");
            String nouveau = reinitialise.out().lines().filter(l -> l.startsWith("  http")).findFirst().orElseThrow().strip();
            Commande.Sortie desactive = Commande.executer(avecUrl, "comptes", "desactiver", "hugo");
            Commande.Sortie reactive = Commande.executer(avecUrl, "comptes", "reactiver", "hugo");
            ComptesDEssai.CompteActif apres = ComptesDEssai.activer(comptes, horloge, ComptesDEssai.jeton(nouveau));

            assertEquals(0, ajoute.statut(), ajoute.err());
            assertTrue(lien.startsWith(urlConsole + "/admin/activation?jeton="), lien);
            assertEquals(200, page.statut(), page.corps());
            assertTrue(page.corps().contains("Bonjour Hugo Petit. Votre compte <strong>hugo</strong> vous attend"),
                    page.corps());
            assertEquals("hugo", hugo.login());
            assertEquals(410, dejaServi.statut());
            assertTrue(dejaServi.corps().contains("Ce lien d&#39;activation n&#39;est pas (ou plus) valable")
                    || dejaServi.corps().contains("Ce lien d'activation n'est pas (ou plus) valable"), dejaServi.corps());
            assertEquals(0, reinitialise.statut(), reinitialise.err());
            assertTrue(reinitialise.out().startsWith("account hugo reset: its password and second factor no longer work"),
                    reinitialise.out());
            assertFalse(nouveau.equals(lien));
            assertEquals("account hugo deactivated", desactive.out().strip());
            assertEquals("account hugo reactivated", reactive.out().strip());
            assertFalse(apres.secretTotp().equals(hugo.secretTotp()), "the reset's link enrols a new factor");
            assertEquals(List.of("COMPTE_CREE", "COMPTE_ACTIVE", "COMPTE_REINITIALISE", "COMPTE_DESACTIVE",
                    "COMPTE_REACTIVE", "COMPTE_ACTIVE"), base.lignes("SELECT evenement FROM audit WHERE login = 'hugo' "
                    + "ORDER BY id"));
        }
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
        try (Database database = Database.ouvrir(config(), Database.Schema.VERIFIER);
                ConnexionsService connexions = new ConnexionsService(database.emf(), horloge, new SimpleMeterRegistry())) {
            ComptesService comptes = new ComptesService(database.emf(), horloge);
            ComptesDEssai.CompteActif compte = ComptesDEssai.actif(database.emf(), horloge, "gestion1",
                    EnumSet.of(Profil.GESTIONNAIRE, Profil.TECHNIQUE));
            String code = Totp.code(compte.secretTotp(), horloge.instant());

            ConnexionsService.Connexion connexion = connexions.connecter("gestion1", MOT_DE_PASSE, code, "192.0.2.7");
            CompteRefuseException rejoue = assertThrows(CompteRefuseException.class,
                    () -> connexions.connecter("gestion1", MOT_DE_PASSE, code, "192.0.2.7"));
            horloge.avancer(Duration.ofSeconds(90));
            for (int i = 0; i < 5; i++) {
                String adresse = "192.0.2." + (10 + i);
                assertThrows(CompteRefuseException.class, () -> connexions.connecter("gestion1", "mauvais-mot-de-passe",
                        Totp.code(compte.secretTotp(), horloge.instant()), adresse));
            }
            CompteRefuseException verrouille = assertThrows(CompteRefuseException.class, () -> connexions.connecter(
                    "gestion1", MOT_DE_PASSE, Totp.code(compte.secretTotp(), horloge.instant()), "192.0.2.7"));
            horloge.avancer(Duration.ofMinutes(16));
            ConnexionsService.Connexion plusTard = connexions.connecter("gestion1", MOT_DE_PASSE,
                    Totp.code(compte.secretTotp(), horloge.instant()), "192.0.2.7");
            comptes.desactiver("gestion1", "test");
            horloge.avancer(Duration.ofSeconds(60));
            CompteRefuseException desactive = assertThrows(CompteRefuseException.class, () -> connexions.connecter(
                    "gestion1", MOT_DE_PASSE, Totp.code(compte.secretTotp(), horloge.instant()), "192.0.2.7"));
            connexions.ecrireEchecs();

            assertEquals(Set.of(Profil.GESTIONNAIRE, Profil.TECHNIQUE), connexion.profils());
            assertEquals(ConnexionsService.REFUS, rejoue.getMessage(), "a code serves once");
            assertEquals(ConnexionsService.REFUS, verrouille.getMessage(), "a locked account says nothing more");
            assertEquals("gestion1", plusTard.login(), "unlocked after a quarter of an hour");
            assertEquals(ConnexionsService.REFUS, desactive.getMessage());
            // Newest first. The failures of one 5-minute period are one row per address, dated from the period's start;
            // the last period is not over, so its failure is not written yet.
            List<Audit> audit = comptes.audit("gestion1");
            assertEquals(List.of(Audit.Evenement.COMPTE_DESACTIVE, Audit.Evenement.CONNEXION,
                    Audit.Evenement.COMPTE_VERROUILLE, Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.ECHEC_CONNEXION,
                    Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.ECHEC_CONNEXION,
                    Audit.Evenement.ECHEC_CONNEXION, Audit.Evenement.CONNEXION, Audit.Evenement.COMPTE_ACTIVE,
                    Audit.Evenement.COMPTE_CREE),
                    audit.stream().map(Audit::evenement).toList());
            // The replayed code was the first failure, so the fourth wrong password (192.0.2.13) locked the account; the
            // replayed code and the right password during the lock came from 192.0.2.7.
            assertEquals(Map.of("192.0.2.7", 2, "192.0.2.10", 1, "192.0.2.11", 1, "192.0.2.12", 1, "192.0.2.13", 1,
                    "192.0.2.14", 1), audit.stream().filter(a -> a.evenement() == Audit.Evenement.ECHEC_CONNEXION)
                    .collect(java.util.stream.Collectors.toMap(Audit::adresse, Audit::nombre)));
            assertEquals("192.0.2.13", audit.get(2).adresse(), "the lock, with the address that caused it");
        }
    }

    @Test
    void an_unknown_login_a_deactivated_or_a_locked_account_cost_the_same_password_verification_as_a_wrong_one()
            throws Exception {
        HorlogeReglable horloge = new HorlogeReglable(Instant.parse("2026-06-02T08:00:00Z"));
        List<String> verifies = new java.util.ArrayList<>();
        try (Database database = Database.ouvrir(config(), Database.Schema.VERIFIER);
                ConnexionsService connexions = new ConnexionsService(database.emf(), horloge, new SimpleMeterRegistry(),
                        (motDePasse, hache) -> {
                            verifies.add(hache);
                            return Argon2.verifier(motDePasse, hache);
                        })) {
            ComptesService comptes = new ComptesService(database.emf(), horloge);
            ComptesDEssai.CompteActif actif = ComptesDEssai.actif(database.emf(), horloge, "actif1",
                    EnumSet.of(Profil.TECHNIQUE));
            ComptesDEssai.actif(database.emf(), horloge, "parti1", EnumSet.of(Profil.TECHNIQUE));
            comptes.desactiver("parti1", "test");
            String code = Totp.code(actif.secretTotp(), horloge.instant());
            List<String> messages = new java.util.ArrayList<>();

            for (String login : new String[] {"actif1", "inconnu1", "parti1"}) {
                messages.add(assertThrows(CompteRefuseException.class,
                        () -> connexions.connecter(login, "mauvais-mot-de-passe", code, "192.0.2.30")).getMessage());
            }
            for (int i = 0; i < 4; i++) {
                String adresse = "192.0.2." + (40 + i);
                assertThrows(CompteRefuseException.class,
                        () -> connexions.connecter("actif1", "mauvais-mot-de-passe", code, adresse));
            }
            messages.add(assertThrows(CompteRefuseException.class,
                    () -> connexions.connecter("actif1", MOT_DE_PASSE, code, "192.0.2.50")).getMessage());

            assertEquals(List.of(ConnexionsService.REFUS, ConnexionsService.REFUS, ConnexionsService.REFUS,
                    ConnexionsService.REFUS), messages, "wrong password, unknown, deactivated, locked: one answer");
            assertEquals(8, verifies.size(), "one Argon2 verification per attempt, whatever the refusal: " + verifies);
            String parametres = verifies.get(0).substring(0, verifies.get(0).lastIndexOf('$', verifies.get(0).lastIndexOf('$') - 1));
            assertTrue(verifies.stream().allMatch(h -> h.startsWith(parametres + "$") && h.length() == verifies.get(0).length()),
                    "against a hash of the accounts' own cost: " + verifies);
        }
    }

    private static ConnectorConfig config() {
        return ConnectorConfig.charger(Optional.of(configuration), Map.of());
    }

    private static Sortie ajouter(String login, String email, String profils) {
        return executer("", "comptes", "ajouter", login, "--nom", "Nom " + login, "--email", email, "--profil", profils);
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
