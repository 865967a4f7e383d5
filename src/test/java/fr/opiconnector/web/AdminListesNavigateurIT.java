package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.NavigateurDEssai;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The registrars' lists in a real headless Chromium: reached from the menu, a filter chosen and applied, the rows it
 * keeps, the CSV link carrying the same filter, no WCAG 2.1 A or AA violation axe-core finds; a screenshot of each in
 * target/screenshots/.
 */
class AdminListesNavigateurIT extends AvecConnecteur {

    private static final String MOT_DE_PASSE = ComptesDEssai.MOT_DE_PASSE;

    @Test
    void a_gestionnaire_filters_the_opis_received_then_the_laissez_passer() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());
        base.executerDansLaBase("INSERT INTO laissez_passer (voeu_id, motif, auteur, accorde_le) SELECT v.id, "
                + "'Avis de la commission', 'gest0', NOW(6) FROM voeu v JOIN individu i ON i.id = v.individu_id "
                + "WHERE i.cod_opi_int_epo = 'P260000100'");
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(),
                Clock.systemUTC(), "gest7", EnumSet.of(Profil.GESTIONNAIRE));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.seConnecter(url("/admin/connexion"), "gest7", MOT_DE_PASSE, compte.secretTotp(),
                    "Tableau de bord — opi-connector");

            navigateur.element(By.linkText("OPI reçues")).click();
            navigateur.attendreTitre("OPI reçues — opi-connector");
            assertEquals("2 lignes — Exporter en CSV", navigateur.element(By.id("total")).getText());
            new Select(navigateur.element(By.id("filtre-decision"))).selectByVisibleText("Oui-Si (S)");
            WebElement total = navigateur.element(By.id("total"));
            navigateur.bouton("Filtrer").click();
            navigateur.attendreDepart(total);

            assertEquals("1 ligne — Exporter en CSV", navigateur.element(By.id("total")).getText());
            WebElement ligne = navigateur.element(By.xpath("//table[@id='lignes-opis']/tbody/tr"));
            assertTrue(ligne.getText().startsWith("P260000042 LEFÈVRE-D'ARC Élodie 14/07/2008"), ligne.getText());
            assertTrue(ligne.getText().contains("LEC1/2 : Oui-Si (catégorie 2)"), ligne.getText());
            assertEquals("S", new Select(navigateur.element(By.id("filtre-decision"))).getFirstSelectedOption()
                    .getDomAttribute("value"), "the filter stays chosen");
            assertEquals("/admin/opis.csv?decision=S", navigateur.element(By.linkText("Exporter en CSV"))
                    .getDomAttribute("href"));
            assertPng(navigateur.capture("opis"));
            assertAccessible(navigateur);

            navigateur.element(By.linkText("Laissez-passer")).click();
            navigateur.attendreTitre("Laissez-passer — opi-connector");
            navigateur.saisir("code", "P260000100");
            new Select(navigateur.element(By.id("filtre-etat"))).selectByVisibleText("actif");
            total = navigateur.element(By.id("total"));
            navigateur.bouton("Filtrer").click();
            navigateur.attendreDepart(total);

            assertEquals("1 ligne — Exporter en CSV", navigateur.element(By.id("total")).getText());
            ligne = navigateur.element(By.xpath("//table[@id='lignes-laissez-passer']/tbody/tr"));
            assertTrue(ligne.getText().startsWith("P260000100 MARTIN LUCAS LDR1/1 vœu : Oui"), ligne.getText());
            assertTrue(ligne.getText().endsWith("gest0 Avis de la commission actif"), ligne.getText());
            assertPng(navigateur.capture("laissez-passer"));
            assertAccessible(navigateur);

            ligne.findElement(By.linkText("P260000100")).click();
            navigateur.attendreTitre("Dossier P260000100 — opi-connector");
            assertTrue(navigateur.element(By.id("identite")).getText().contains("MARTIN"), navigateur.texte());
        }
    }

    private static void assertAccessible(NavigateurDEssai navigateur) {
        assertEquals(List.of(), navigateur.violationsWcag(), navigateur.chemin());
    }

    /** A PNG screenshot of the page area. */
    private static void assertPng(Path fichier) throws Exception {
        byte[] octets = Files.readAllBytes(fichier);
        assertTrue(octets.length > 1000, fichier + " is " + octets.length + " bytes");
        assertEquals("PNG", new String(octets, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String url(String chemin) {
        return connecteur.adresse().replace("/services/OpiMetier", chemin);
    }
}
