package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.Totp;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.NavigateurDEssai;
import fr.opiconnector.courriel.Courriels;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The account pages in a real headless Chromium: each profile's owner activates their account from the link
 * (password twice, TOTP read from the page, first code), logs in and lands on their home page, then opens their own
 * page; an administrator creates an account (no SMTP server here: the link is shown to hand over), resets,
 * deactivates and reactivates accounts and reads the audit. Every page is checked with axe-core (WCAG 2.1 A and AA)
 * and photographed in target/screenshots/.
 */
class ComptesNavigateurIT extends AvecConnecteur {

    private static final String MDP = ComptesDEssai.MOT_DE_PASSE;

    @ParameterizedTest
    @EnumSource(Profil.class)
    void each_profile_activates_its_account_at_the_first_login_and_reaches_its_own_page(Profil profil) throws Exception {
        String login = "premier." + profil.code();
        String lien = new ComptesService(connecteur.application().database().emf(), Clock.systemUTC(),
                Courriels.aucun(), URI.create(url(""))).ajouter(login,
                "Camille " + profil.code(), login + "@univ.example", "06 00 00 00 00", EnumSet.of(profil), "test").lien();
        String nom = profil.code();
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.ouvrir(lien);
            navigateur.attendreTitre("Activation du compte — opi-connector");
            assertTrue(navigateur.texte().contains("Bonjour Camille " + nom + ". Votre compte " + login + " vous attend"),
                    navigateur.texte());
            verifierPage(navigateur, "activation-1-" + nom);

            navigateur.saisir("motDePasse", MDP);
            navigateur.saisir("confirmation", MDP);
            assertTrue(navigateur.element(By.id("facteur-totp")).isSelected(), "TOTP is the default factor");
            WebElement continuer = navigateur.bouton("Continuer");
            continuer.click();
            navigateur.attendreDepart(continuer);
            assertTrue(navigateur.element(By.id("qr-totp")).isDisplayed(), "the QR code, shown to the owner only");
            verifierPage(navigateur, "activation-2-totp-" + nom);
            String secret = navigateur.element(By.id("cle-totp")).getText().replace(" ", "");

            navigateur.saisir("code", Totp.code(secret, Instant.now().minus(Duration.ofSeconds(30))));
            navigateur.bouton("Confirmer le second facteur").click();
            navigateur.attendreTitre("Connexion — opi-connector");
            assertTrue(navigateur.element(By.id("info")).getText().startsWith("Votre compte est activé."), navigateur.texte());
            verifierPage(navigateur, "connexion-apres-activation-" + nom);

            navigateur.saisir("login", login);
            navigateur.saisir("motDePasse", MDP);
            navigateur.saisir("code", Totp.code(secret, Instant.now()));
            navigateur.bouton("Se connecter").click();
            String accueil = profil == Profil.ADMINISTRATEUR ? "Comptes — opi-connector" : "Tableau de bord — opi-connector";
            navigateur.attendreTitre(accueil);

            navigateur.element(By.linkText(login)).click();
            navigateur.attendreTitre("Mon compte — opi-connector");
            assertEquals("/admin/moi", navigateur.chemin());
            assertEquals("Camille " + nom, navigateur.element(By.id("nom")).getDomProperty("value"));
            assertEquals("application d'authentification (TOTP)", navigateur.element(By.id("facteur")).getText());
            verifierPage(navigateur, "mon-compte-" + nom);
        }
        assertEquals(List.of("COMPTE_CREE", "COMPTE_ACTIVE", "CONNEXION"), base.lignes(
                "SELECT evenement FROM audit WHERE login = '" + login + "' ORDER BY id"));
    }

    @Test
    void an_administrator_creates_resets_deactivates_and_reactivates_accounts_and_reads_the_audit() throws Exception {
        ComptesDEssai.CompteActif admin = ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(),
                "admin.pages", EnumSet.of(Profil.ADMINISTRATEUR));
        ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(), "gest.pages",
                EnumSet.of(Profil.GESTIONNAIRE));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.seConnecter(url("/admin/connexion"), "admin.pages", MDP, admin.secretTotp(),
                    "Comptes — opi-connector");
            verifierPage(navigateur, "comptes-liste");

            WebElement creation = navigateur.element(By.id("creation"));
            creation.findElement(By.name("login")).sendKeys("nouvelle.gestionnaire");
            creation.findElement(By.name("nom")).sendKeys("Inès Nouvelle");
            creation.findElement(By.name("email")).sendKeys("ines@univ.example");
            creation.findElement(By.name("telephone")).sendKeys("07 12 34 56 78");
            creation.findElement(By.name("profil-gestionnaire")).click();
            creation.findElement(By.xpath(".//button[normalize-space(.)='Créer le compte']")).click();
            navigateur.attendreDepart(creation);
            assertEquals("Compte nouvelle.gestionnaire créé.", navigateur.element(By.id("message")).getText());
            assertTrue(navigateur.element(By.id("lien")).getText().contains("/admin/activation?jeton="),
                    "no SMTP server: the link to hand over");
            assertFalse(navigateur.pilote().getPageSource().contains("qr-totp"), "no second factor shown to the administrator");
            assertTrue(ligne(navigateur, "nouvelle.gestionnaire").getText().contains("en attente d'activation"),
                    navigateur.texte());
            verifierPage(navigateur, "comptes-cree");

            action(navigateur, "gest.pages", "Réinitialiser");
            assertTrue(navigateur.element(By.id("message")).getText().startsWith("Compte gest.pages réinitialisé"),
                    navigateur.texte());
            verifierPage(navigateur, "comptes-reinitialise");
            action(navigateur, "gest.pages", "Désactiver");
            assertEquals("Compte gest.pages désactivé ; ses sessions ont pris fin.",
                    navigateur.element(By.id("message")).getText());
            assertTrue(ligne(navigateur, "gest.pages").getText().contains("désactivé"), navigateur.texte());
            action(navigateur, "gest.pages", "Réactiver");
            assertEquals("Compte gest.pages réactivé.", navigateur.element(By.id("message")).getText());
            action(navigateur, "admin.pages", "Désactiver");
            assertTrue(navigateur.element(By.id("erreur")).getText().contains("dernier administrateur actif"),
                    navigateur.texte());
            verifierPage(navigateur, "comptes-refus");

            navigateur.element(By.linkText("Audit des comptes")).click();
            navigateur.attendreTitre("Audit des comptes — opi-connector");
            assertTrue(navigateur.element(By.id("audit")).getText().contains("compte réinitialisé"), navigateur.texte());
            verifierPage(navigateur, "audit-comptes");
            new org.openqa.selenium.support.ui.Select(navigateur.element(By.id("filtre-evenement")))
                    .selectByValue("COMPTE_REACTIVE");
            WebElement filtrer = navigateur.bouton("Filtrer");
            filtrer.click();
            navigateur.attendreDepart(filtrer);
            assertEquals("1 ligne(s), les plus récentes d'abord.", navigateur.element(By.id("total")).getText());
            assertTrue(navigateur.element(By.id("audit")).getText().contains("gest.pages compte réactivé"),
                    navigateur.texte());
            verifierPage(navigateur, "audit-comptes-filtre");
        }
        assertEquals(List.of("COMPTE_REINITIALISE admin.pages", "COMPTE_DESACTIVE admin.pages",
                "COMPTE_REACTIVE admin.pages"), base.lignes("SELECT CONCAT(evenement, ' ', auteur) FROM audit "
                + "WHERE login = 'gest.pages' AND evenement LIKE 'COMPTE_RE%' OR login = 'gest.pages' "
                + "AND evenement = 'COMPTE_DESACTIVE' ORDER BY id"));
    }

    @Test
    void an_unknown_activation_link_says_so_in_french() throws Exception {
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.ouvrir(url("/admin/activation?jeton=perime"));
            navigateur.attendreTitre("Activation du compte — opi-connector");
            assertTrue(navigateur.element(By.id("message")).getText().startsWith("Ce lien d'activation n'est pas (ou plus) "
                    + "valable"), navigateur.texte());
            verifierPage(navigateur, "activation-lien-invalide");
        }
    }

    /** The row of an account in the list. */
    private static WebElement ligne(NavigateurDEssai navigateur, String login) {
        return navigateur.element(By.id("compte-" + login));
    }

    /** Clicks an action of an account's row and waits for the list again. */
    private static void action(NavigateurDEssai navigateur, String login, String bouton) {
        WebElement ligne = ligne(navigateur, login);
        ligne.findElement(By.xpath(".//button[normalize-space(.)='" + bouton + "']")).click();
        navigateur.attendreDepart(ligne);
        navigateur.attendreTitre("Comptes — opi-connector");
    }

    /** No WCAG 2.1 A or AA violation axe-core finds, and a screenshot of the page. */
    private static void verifierPage(NavigateurDEssai navigateur, String nom) throws Exception {
        assertEquals(List.of(), navigateur.violationsWcag(), navigateur.chemin());
        Path capture = navigateur.capture("comptes-" + nom.toLowerCase(Locale.ROOT));
        assertTrue(Files.size(capture) > 1000, capture.toString());
    }

    private static String url(String chemin) {
        return connecteur.adresse().replace("/services/OpiMetier", chemin);
    }
}
