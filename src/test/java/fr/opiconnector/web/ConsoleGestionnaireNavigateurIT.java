package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.NavigateurDEssai;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A registrar's actions in a real headless Chromium, each confirmed on its own page before anything changes: an IA
 * recorded then cancelled from the dossier, a laissez-passer granted then withdrawn, and an IA on a wish turned
 * unfavourable cancelled from the filtered list of IAs to cancel. Each page is checked with axe-core and captured.
 */
class ConsoleGestionnaireNavigateurIT extends AvecConnecteur {

    private static final String LIGNE_LDR1 = "//table[@id='voeux']//tr[td[1][normalize-space(.)='LDR1/1']]";

    @Test
    void a_registrar_confirms_each_action_and_reads_its_outcome_on_the_page() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(),
                Clock.systemUTC(), "gest2", EnumSet.of(Profil.GESTIONNAIRE));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.seConnecter(url("/admin/connexion"), "gest2", ComptesDEssai.MOT_DE_PASSE, compte.secretTotp(),
                    "Tableau de bord — opi-connector");
            navigateur.ouvrir(url("/admin/dossier?code=P260000042"));
            navigateur.attendreTitre("Dossier P260000042 — opi-connector");

            WebElement ligne = navigateur.element(By.xpath(LIGNE_LDR1));
            new Select(ligne.findElement(By.name("etat"))).selectByValue("1");
            ligne.findElement(By.name("datePaiement")).sendKeys("15072026");
            ligne.findElement(By.xpath(".//button[normalize-space(.)=\"Enregistrer l'IA\"]")).click();
            confirmer(navigateur, "Enregistrer une IA (état 1) payée le 15/07/2026 sur LDR1/1 pour le dossier P260000042 ?",
                    "confirmation-ia");
            assertEquals("IA enregistrée sur LDR1/1.", navigateur.element(By.id("message")).getText());
            assertEquals(List.of("1 gestionnaire gest2"), base.lignes("SELECT CONCAT(etat_inscription, ' ', canal, ' ', "
                    + "auteur) FROM inscription"));
            verifier(navigateur, "dossier-ia-enregistree");

            ligne = navigateur.element(By.xpath(LIGNE_LDR1));
            ligne.findElement(By.xpath(".//td[5]//input[@name='motif']")).sendKeys("Paiement rejeté");
            ligne.findElement(By.xpath(".//button[normalize-space(.)=\"Annuler l'IA\"]")).click();
            confirmer(navigateur, "Annuler l'IA du dossier P260000042 sur LDR1/1 (motif : Paiement rejeté) ?", null);
            assertEquals("IA de P260000042 sur LDR1/1 annulée.", navigateur.element(By.id("message")).getText());

            ligne = navigateur.element(By.xpath(LIGNE_LDR1));
            ligne.findElement(By.xpath(".//td[6]//input[@name='motif']")).sendKeys("Commission");
            ligne.findElement(By.xpath(".//button[normalize-space(.)='Accorder un laissez-passer']")).click();
            confirmer(navigateur, "Accorder un laissez-passer sur LDR1/1 pour le dossier P260000042 (motif : Commission) ?",
                    null);
            ligne = navigateur.element(By.xpath(LIGNE_LDR1));
            ligne.findElement(By.xpath(".//td[6]//input[@name='motif']")).sendKeys("Accordé par erreur");
            ligne.findElement(By.xpath(".//button[normalize-space(.)='Retirer le laissez-passer']")).click();
            confirmer(navigateur, "Retirer un laissez-passer sur LDR1/1 pour le dossier P260000042 (motif : Accordé par "
                    + "erreur) ?", null);
            assertEquals("Laissez-passer retiré sur LDR1/1.", navigateur.element(By.id("message")).getText());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM laissez_passer WHERE retire_le IS NOT NULL"));

            ligne = navigateur.element(By.xpath(LIGNE_LDR1));
            ligne.findElement(By.name("datePaiement")).sendKeys("16072026");
            ligne.findElement(By.xpath(".//button[normalize-space(.)=\"Enregistrer l'IA\"]")).click();
            confirmer(navigateur, "Enregistrer une IA (état 1) payée le 16/07/2026 sur LDR1/1 pour le dossier P260000042 ?",
                    null);
            assertTrue(connecteur.poster("v10-f-vers-d.xml").reponseVide());
            navigateur.element(By.linkText("IA à annuler")).click();
            navigateur.attendreTitre("IA à annuler — opi-connector");
            new Select(navigateur.element(By.name("raison"))).selectByVisibleText("vœu devenu défavorable");
            navigateur.bouton("Filtrer").click();
            navigateur.attendre(d -> d.getCurrentUrl().contains("raison=DEFAVORABLE"));
            assertTrue(navigateur.texte().contains("1 IA à annuler."), navigateur.texte());
            verifier(navigateur, "ias-a-annuler-filtre");
            navigateur.element(By.xpath("//table[@id='a-annuler']//input[@name='motif']")).sendKeys("Désistement");
            navigateur.bouton("Annuler l'IA").click();
            confirmer(navigateur, "Annuler l'IA du dossier P260000042 sur LDR1/1 (motif : Désistement) ?", null);
            navigateur.attendreTitre("IA à annuler — opi-connector");
            assertEquals("IA de P260000042 sur LDR1/1 annulée.", navigateur.element(By.id("message")).getText());
            assertTrue(navigateur.texte().contains("0 IA à annuler."), navigateur.texte());
        }
    }

    /** The confirmation page says what will be done, changes nothing, and « Confirmer » does it. */
    private static void confirmer(NavigateurDEssai navigateur, String question, String capture) {
        navigateur.attendreTitre("Confirmation — opi-connector");
        assertEquals(question, navigateur.element(By.id("question")).getText());
        if (capture != null) {
            verifier(navigateur, capture);
        }
        navigateur.bouton("Confirmer").click();
        navigateur.attendre(d -> !d.getTitle().startsWith("Confirmation"));
    }

    /** No WCAG 2.1 A or AA violation, and a screenshot. */
    private static void verifier(NavigateurDEssai navigateur, String capture) {
        assertEquals(List.of(), navigateur.violationsWcag(), navigateur.chemin());
        assertTrue(navigateur.capture(capture).toFile().length() > 1000, capture);
    }

    private static String url(String chemin) {
        return connecteur.adresse().replace("/services/OpiMetier", chemin);
    }
}
