package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.Totp;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.NavigateurDEssai;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a person meets when something is refused, in a real headless Chromium: a wrong code at login, a page outside
 * the profile, an unknown page, an OPI code whose every call was refused, a form gone stale, a session that ended.
 * Each is a French page of the console, without a stack or the server's name, accessible, and captured in
 * target/screenshots/.
 */
class PagesDeRefusNavigateurIT extends AvecConnecteur {

    private static final String MOT_DE_PASSE = "une-longue-phrase-secrète";

    @Test
    void each_refusal_is_a_french_accessible_page_of_the_console() throws Exception {
        assertEquals(500, connecteur.poster("v10-decision-X.xml").statut());
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(),
                Clock.systemUTC(), "gest1", EnumSet.of(Profil.GESTIONNAIRE));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.ouvrir(url("/admin/connexion"));
            navigateur.attendreTitre("Connexion — opi-connector");
            seConnecter(navigateur, "000000");
            navigateur.attendreTitre("Connexion — opi-connector");
            assertTrue(navigateur.element(By.id("erreur")).getText().startsWith("Identifiant, mot de passe ou code invalide."),
                    navigateur.texte());
            verifier(navigateur, "connexion-refusee");

            seConnecter(navigateur, Totp.code(compte.secretTotp(), Instant.now()));
            navigateur.attendreTitre("Tableau de bord — opi-connector");

            navigateur.ouvrir(url("/admin/comptes"));
            navigateur.attendreTitre("Accès refusé — opi-connector");
            assertEquals("Votre profil ne donne pas accès à cette page.", navigateur.element(By.id("message")).getText());
            verifier(navigateur, "acces-refuse");

            navigateur.ouvrir(url("/admin/nulle-part"));
            navigateur.attendreTitre("Page inconnue — opi-connector");
            verifier(navigateur, "page-inconnue");

            navigateur.ouvrir(url("/admin/dossier?code=P260000042"));
            navigateur.attendreTitre("Dossier — opi-connector");
            assertTrue(navigateur.texte().contains("Aucune OPI enregistrée pour le code P260000042 : 1 appel(s) reçu(s)"),
                    navigateur.texte());
            assertTrue(navigateur.element(By.id("appels")).getText().contains("refusée"), navigateur.texte());
            verifier(navigateur, "dossier-appels-refuses");

            navigateur.ouvrir(url("/admin/ias-a-annuler"));
            navigateur.attendreTitre("IA à annuler — opi-connector");
            ((JavascriptExecutor) navigateur.pilote()).executeScript(
                    "document.querySelector('input[name=csrf]').value = 'jeton-d-une-page-ouverte-avant';");
            navigateur.bouton("Se déconnecter").click();
            navigateur.attendreTitre("Requête refusée — opi-connector");
            assertTrue(navigateur.element(By.id("message")).getText().startsWith("Ce formulaire a expiré"), navigateur.texte());
            verifier(navigateur, "formulaire-expire");

            base.executerDansLaBase("DELETE FROM session_admin");
            navigateur.ouvrir(url("/admin"));
            navigateur.attendreTitre("Connexion — opi-connector");
            assertTrue(navigateur.element(By.id("erreur")).getText().startsWith("Votre session a pris fin"), navigateur.texte());
            verifier(navigateur, "session-finie");
        }
    }

    private static void seConnecter(NavigateurDEssai navigateur, String code) {
        navigateur.saisir("login", "gest1");
        navigateur.saisir("motDePasse", MOT_DE_PASSE);
        navigateur.saisir("code", code);
        navigateur.bouton("Se connecter").click();
    }

    /** French, no trace of the server's internals, no WCAG 2.1 A or AA violation, and a screenshot. */
    private static void verifier(NavigateurDEssai navigateur, String capture) {
        String source = navigateur.pilote().getPageSource();
        assertTrue(source.contains("lang=\"fr\""), source);
        assertFalse(source.contains("Exception") || source.contains("Jetty"), source);
        assertEquals(List.of(), navigateur.violationsWcag(), navigateur.chemin());
        assertTrue(navigateur.capture(capture).toFile().length() > 1000, capture);
    }

    private static String url(String chemin) {
        return connecteur.adresse().replace("/services/OpiMetier", chemin);
    }
}
