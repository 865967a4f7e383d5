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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console of a technicien in a real headless Chromium: the campaign's charts on the dashboard, the Apogée export
 * downloaded by its button, the journal filtered (and a date it cannot read), the remontées filtered. Each page is
 * checked with axe-core and captured in target/screenshots/.
 */
class ConsoleTechniqueNavigateurIT extends AvecConnecteur {

    private static final String MOT_DE_PASSE = ComptesDEssai.MOT_DE_PASSE;

    @Test
    void a_technicien_reads_the_charts_downloads_an_export_and_filters_the_journal_and_the_remontees() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        assertTrue(connecteur.poster("v10-f-vers-d.xml").reponseVide());
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(),
                Clock.systemUTC(), "tech1", EnumSet.of(Profil.TECHNIQUE));
        String aujourdhui = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        try (NavigateurDEssai navigateur = NavigateurDEssai.demarrer()) {
            navigateur.seConnecter(url("/admin/connexion"), "tech1", MOT_DE_PASSE, compte.secretTotp(),
                    "Tableau de bord — opi-connector");

            assertTrue(navigateur.element(By.id("opi-par-jour")).isDisplayed());
            assertEquals("Décisions reçues en 30 jours : 1 Oui, 1 Oui-Si, 1 Non, 0 vœux retirés",
                    navigateur.element(By.id("decisions-par-jour")).getDomAttribute("aria-label"));
            assertTrue(navigateur.pilote().findElement(By.id("decisions-jour-par-jour")).getDomProperty("textContent")
                    .contains(aujourdhui + "1110"),
                    navigateur.texte());
            verifier(navigateur, "tableau-de-bord-technique");

            navigateur.bouton("Télécharger l'export Apogée").click();
            Path zip = navigateur.telecharge("export-apogee-" + LocalDate.now(ZoneId.of("Europe/Paris")) + ".zip");
            List<String> fichiers = new ArrayList<>();
            try (ZipInputStream entrees = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entree = entrees.getNextEntry(); entree != null; entree = entrees.getNextEntry()) {
                    fichiers.add(entree.getName());
                }
            }
            assertTrue(fichiers.containsAll(List.of("candidats.opi", "voeux.opi", "voeux-defavorables.opi")),
                    fichiers.toString());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM audit WHERE login = 'tech1' AND evenement = 'EXPORT'"));

            navigateur.element(By.linkText("Journal")).click();
            navigateur.attendreTitre("Journal — opi-connector");
            navigateur.saisir("du", "31-12-2026");
            navigateur.bouton("Filtrer").click();
            navigateur.attendre(d -> !d.findElements(By.id("message")).isEmpty());
            assertEquals("Date invalide « 31-12-2026 » : saisissez JJ/MM/AAAA.", navigateur.element(By.id("message")).getText());
            verifier(navigateur, "journal-date-invalide");
            navigateur.element(By.name("du")).clear();
            navigateur.saisir("du", aujourdhui);
            navigateur.saisir("code", "P260000042");
            navigateur.bouton("Filtrer").click();
            navigateur.attendre(d -> !d.findElements(By.id("lignes-journal")).isEmpty());
            assertEquals("2 lignes — Exporter en CSV", navigateur.element(By.id("total")).getText());
            verifier(navigateur, "journal-filtre");

            navigateur.element(By.linkText("Remontées")).click();
            navigateur.attendreTitre("Remontées — opi-connector");
            new org.openqa.selenium.support.ui.Select(navigateur.element(By.name("statut"))).selectByVisibleText("en échec");
            navigateur.bouton("Filtrer").click();
            navigateur.attendre(d -> d.getCurrentUrl().contains("statut=ECHEC"));
            assertEquals("0 lignes — Exporter en CSV", navigateur.element(By.id("total")).getText());
            verifier(navigateur, "remontees-filtre");
        }
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
