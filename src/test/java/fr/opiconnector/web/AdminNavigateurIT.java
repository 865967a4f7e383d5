package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.Totp;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.NavigateurDEssai;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin pages in a real headless Chromium: the login page without a session, login with password and TOTP code,
 * the dashboard and its « Tester connecteur » action, logout, and the 403 page for a profile without the dashboard.
 * Screenshots land in target/screenshots/.
 */
class AdminNavigateurIT extends AvecConnecteur {

    private static final String MOT_DE_PASSE = "une-longue-phrase-secrète";
    private static final String TITRE_CONNEXION = "Connexion — opi-connector";
    private static final String TITRE_TABLEAU = "Tableau de bord — opi-connector";
    private static final String TITRE_REFUS = "Accès refusé — opi-connector";

    @Test
    void without_a_session_the_browser_lands_on_the_login_page() {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.ouvrir(url("/admin"));
            navigateur.attendreTitre(TITRE_CONNEXION);
            Path capture = navigateur.capture("connexion");
            assertAccessible(navigateur);

            assertEquals("/admin/connexion", navigateur.chemin());
            assertEquals("Connexion", navigateur.element(By.tagName("h1")).getText());
            for (String champ : List.of("login", "motDePasse", "code")) {
                assertTrue(navigateur.element(By.name(champ)).isDisplayed(), champ);
            }
            assertEquals("password", navigateur.element(By.name("motDePasse")).getDomAttribute("type"));
            assertTrue(navigateur.bouton("Se connecter").isEnabled());
            assertFalse(navigateur.pilote().getPageSource().contains("P260000042"), "no data without a session");
            assertPng(capture);
        }
    }

    @Test
    void a_technicien_logs_in_sees_the_dashboard_tests_the_connector_and_logs_out() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(), "tech1",
                EnumSet.of(Profil.GESTIONNAIRE, Profil.TECHNIQUE));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.ouvrir(url("/admin"));
            navigateur.attendreTitre(TITRE_CONNEXION);

            seConnecter(navigateur, "tech1", compte.secretTotp());
            navigateur.attendreTitre(TITRE_TABLEAU);

            assertEquals("/admin", navigateur.chemin());
            assertEquals("Tableau de bord", navigateur.element(By.tagName("h1")).getText());
            assertTrue(navigateur.element(By.tagName("header")).getText().contains("tech1 (gestionnaire, technique)"),
                    navigateur.texte());
            WebElement journal = navigateur.element(By.id("journal"));
            assertEquals(1, journal.findElements(By.xpath(".//td[normalize-space(.)='P260000042']")).size(),
                    journal.getText());
            assertTrue(navigateur.element(By.id("decisions")).isDisplayed(), "the chart of wishes by decision");
            assertFalse(navigateur.texte().contains("LEFÈVRE") || navigateur.texte().contains("1234567890A"),
                    "no personal data on the dashboard");
            WebElement resultatAvant = navigateur.element(By.id("tester-connecteur"));
            assertEquals("jamais lancé", resultatAvant.getText());
            assertPng(navigateur.capture("tableau-de-bord"));
            assertAccessible(navigateur);

            navigateur.bouton("Lancer « Tester connecteur »").click();
            navigateur.attendreDepart(resultatAvant);
            navigateur.attendreTitre(TITRE_TABLEAU);
            String resultat = navigateur.element(By.id("tester-connecteur")).getText();
            String nonParvenu = navigateur.element(By.id("tester-connecteur-non-parvenu")).getText();

            // No Parcoursup credentials in this test: the request never left, the last real outcome stays "never run".
            assertEquals("/admin", navigateur.chemin());
            assertEquals("jamais lancé", resultat);
            assertTrue(nonParvenu.contains("NON_PARVENU le "), nonParvenu);
            assertTrue(nonParvenu.contains("Identifiants Parcoursup absents"), nonParvenu);
            assertEquals(List.of("NON_PARVENU"), base.lignes("SELECT resultat FROM handshake WHERE origine = 'admin:tech1'"));

            navigateur.bouton("Se déconnecter").click();
            navigateur.attendreTitre(TITRE_CONNEXION);
            assertEquals("/admin/connexion", navigateur.chemin());
            assertTrue(navigateur.pilote().manage().getCookieNamed("opi_session") == null,
                    "the session cookie is gone");

            navigateur.ouvrir(url("/admin"));
            navigateur.attendreTitre(TITRE_CONNEXION);
            assertEquals("/admin/connexion", navigateur.chemin(), "the old session no longer opens the dashboard");
        }
        assertEquals(List.of("DECONNEXION", "CONNEXION", "COMPTE_ACTIVE", "COMPTE_CREE"),
                base.lignes("SELECT evenement FROM audit WHERE login = 'tech1' ORDER BY id DESC"));
    }

    @Test
    void the_administrator_logs_in_and_lands_on_the_accounts_page() throws Exception {
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(), "admin1",
                EnumSet.of(Profil.ADMINISTRATEUR));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            ouvrirUneSession(navigateur, "admin1", compte.secretTotp(), "Comptes — opi-connector");
            Path capture = navigateur.capture("accueil-administrateur");
            assertAccessible(navigateur);

            assertEquals("/admin/comptes", navigateur.chemin());
            assertFalse(navigateur.texte().contains("Accès refusé"), navigateur.texte());
            assertFalse(navigateur.texte().contains("Journal récent"), navigateur.texte());
            assertTrue(navigateur.bouton("Se déconnecter").isDisplayed());
            assertPng(capture);
        }
        assertEquals(1, base.compter("SELECT COUNT(*) FROM audit WHERE login = 'admin1' AND evenement = 'CONNEXION'"));
    }

    @Test
    void a_gestionnaire_searches_an_opi_grants_a_laissez_passer_and_opens_the_ias_to_cancel() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(), "gest1",
                EnumSet.of(Profil.GESTIONNAIRE));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            ouvrirUneSession(navigateur, "gest1", compte.secretTotp(), TITRE_TABLEAU);

            navigateur.saisir("q", "P260000042");
            navigateur.bouton("Trouver").click();
            navigateur.attendreTitre("Recherche — opi-connector");
            navigateur.element(By.linkText("P260000042")).click();
            navigateur.attendreTitre("Dossier P260000042 — opi-connector");
            WebElement identite = navigateur.element(By.id("identite"));
            assertTrue(identite.getText().contains("LEFÈVRE-D'ARC"), identite.getText());
            assertPng(navigateur.capture("dossier"));
            assertAccessible(navigateur);

            WebElement ligne = navigateur.element(By.xpath("//table[@id='voeux']//tr[td[1][normalize-space(.)='LDR1/1']]"));
            ligne.findElement(By.name("motif")).sendKeys("Avis de la commission pédagogique");
            ligne.findElement(By.xpath(".//button[normalize-space(.)='Accorder un laissez-passer']")).click();
            navigateur.attendreTitre("Confirmation — opi-connector");
            assertEquals("Accorder un laissez-passer sur LDR1/1 pour le dossier P260000042 (motif : Avis de la commission "
                    + "pédagogique) ?", navigateur.element(By.id("question")).getText());
            assertEquals(0, base.compter("SELECT COUNT(*) FROM laissez_passer"), "nothing done before the confirmation");
            assertPng(navigateur.capture("confirmation"));
            assertAccessible(navigateur);
            navigateur.bouton("Confirmer").click();
            navigateur.attendreTitre("Dossier P260000042 — opi-connector");

            assertEquals("Laissez-passer accordé sur LDR1/1.", navigateur.element(By.id("message")).getText());
            assertTrue(navigateur.element(By.xpath("//table[@id='voeux']//tr[td[1][normalize-space(.)='LDR1/1']]"))
                    .getText().contains("accordé par gest1"), navigateur.texte());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM laissez_passer WHERE auteur = 'gest1' AND retire_le IS NULL"));

            navigateur.element(By.linkText("IA à annuler")).click();
            navigateur.attendreTitre("IA à annuler — opi-connector");
            assertTrue(navigateur.element(By.id("a-annuler")).isDisplayed());
            assertTrue(navigateur.texte().contains("0 IA à annuler."), navigateur.texte());
            assertPng(navigateur.capture("ias-a-annuler"));
            assertAccessible(navigateur);
            assertTrue(navigateur.pilote().findElements(By.linkText("Comptes")).isEmpty(), "no link outside the profile");
            navigateur.saisir("q", "lefevre");
            navigateur.bouton("Trouver").click();
            navigateur.attendreTitre("Recherche — opi-connector");
            assertTrue(navigateur.element(By.id("resultats")).getText().contains("P260000042"), navigateur.texte());
            assertPng(navigateur.capture("recherche"));
            assertAccessible(navigateur);
            navigateur.element(By.linkText("Journal")).click();
            navigateur.attendreTitre("Journal — opi-connector");
            assertTrue(navigateur.element(By.id("lignes-journal")).isDisplayed());
            assertPng(navigateur.capture("journal"));
            assertAccessible(navigateur);
            navigateur.ouvrir(url("/admin/comptes"));
            navigateur.attendreTitre(TITRE_REFUS);
        }
    }

    @Test
    void a_technicien_replays_a_failed_remontee_from_the_dashboard() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        base.executerDansLaBase("INSERT INTO inscription (individu_id, voeu_id, cod_etp, cod_vrs_vet, etat_inscription, "
                + "date_paiement, cree_le, modifie_le, version) SELECT v.individu_id, v.id, v.cod_etp, v.cod_vrs_vet, 1, "
                + "'2026-07-10', NOW(6), NOW(6), 0 FROM voeu v WHERE v.cod_etp = 'LDR1'");
        base.executerDansLaBase("INSERT INTO remontee (inscription_id, individu_id, cod_opi_int_epo, evenement, "
                + "etat_inscription, cree_le, statut, tentatives, dernier_message) SELECT i.id, i.individu_id, "
                + "'P260000042', 'INSCRIPTION', 1, NOW(6), 'ECHEC', 6, 'NOK : refusée' FROM inscription i");
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(), "tech3",
                EnumSet.of(Profil.TECHNIQUE));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            ouvrirUneSession(navigateur, "tech3", compte.secretTotp(), TITRE_TABLEAU);
            WebElement remontees = navigateur.element(By.id("remontees"));
            assertTrue(remontees.getText().contains("1 en échec"), remontees.getText());
            assertTrue(navigateur.element(By.id("remontees-echec")).getText().contains("P260000042 6 NOK : refusée"),
                    navigateur.texte());

            navigateur.bouton("Rejouer les remontées en échec").click();
            // The page reloads: wait for the new one's content rather than the old node's end, which a read of the
            // old node during the reload can race.
            navigateur.attendre(ExpectedConditions.textToBePresentInElementLocated(By.id("remontees"), "1 en attente"));

            assertTrue(navigateur.element(By.id("remontees")).getText().startsWith("1 en attente"), navigateur.texte());
            assertTrue(navigateur.pilote().findElements(By.xpath("//button[normalize-space(.)='Rejouer les remontées en "
                    + "échec']")).isEmpty(), "nothing left to replay");
            assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee WHERE statut = 'EN_ATTENTE'"));
            navigateur.element(By.linkText("Remontées")).click();
            navigateur.attendreTitre("Remontées — opi-connector");
            assertTrue(navigateur.element(By.id("lignes-remontees")).getText().contains("P260000042"), navigateur.texte());
            assertPng(navigateur.capture("remontees"));
            assertAccessible(navigateur);
        }
    }

    /** From the login page, logs in and waits for the page the profile lands on. */
    private static void ouvrirUneSession(NavigateurDEssai navigateur, String login, String secretTotp, String titre) {
        navigateur.ouvrir(url("/admin/connexion"));
        navigateur.attendreTitre(TITRE_CONNEXION);
        seConnecter(navigateur, login, secretTotp);
        navigateur.attendreTitre(titre);
    }

    private static void seConnecter(NavigateurDEssai navigateur, String login, String secretTotp) {
        navigateur.saisir("login", login);
        navigateur.saisir("motDePasse", MOT_DE_PASSE);
        navigateur.saisir("code", Totp.code(secretTotp, Instant.now()));
        navigateur.bouton("Se connecter").click();
    }

    /** A PNG of the whole 1280×900 page area. */
    @Test
    void the_accessibility_check_finds_the_violations_of_a_page_that_has_some() throws Exception {
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.pilote().get("data:text/html;charset=utf-8,<html><head><title>t</title></head><body>"
                    + "<input name=sans-libelle><img src=x></body></html>");

            List<String> violations = navigateur.violationsWcag();

            assertTrue(violations.stream().anyMatch(v -> v.startsWith("label ")), violations.toString());
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("html-has-lang ")), violations.toString());
        }
    }

    /** The page as it stands has no violation of WCAG 2.1 A or AA that axe-core detects. */
    private static void assertAccessible(NavigateurDEssai navigateur) {
        assertEquals(List.of(), navigateur.violationsWcag(), navigateur.chemin());
    }

    private static void assertPng(Path fichier) {
        try {
            byte[] octets = Files.readAllBytes(fichier);
            assertTrue(octets.length > 1000, fichier + " is " + octets.length + " bytes");
            assertEquals(0x89, octets[0] & 0xff, "PNG signature");
            assertEquals("PNG", new String(octets, 1, 3, StandardCharsets.US_ASCII));
            ByteBuffer entete = ByteBuffer.wrap(octets, 16, 8);
            assertEquals(List.of(1280, 900), List.of(entete.getInt(), entete.getInt()), fichier + ": width, height");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ComptesService comptes() {
        return new ComptesService(connecteur.application().database().emf(), Clock.systemUTC());
    }

    private static String url(String chemin) {
        return connecteur.adresse().replace("/services/OpiMetier", chemin);
    }
}
