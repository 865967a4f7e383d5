package fr.opiconnector.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Selenium: Debian's {@code chromium} and {@code chromium-driver}
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}), started with an explicit driver path so that Selenium
 * Manager never downloads anything. The window is sized so that the page area is 1280×900 (headless Chromium
 * counts its window frame in {@code --window-size}); {@link #capture(String)} writes
 * {@code target/screenshots/<nom>.png} at that size. Close it (try-with-resources): the browser and the driver are stopped and the
 * temporary profile is removed.
 */
public final class NavigateurDEssai implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get(System.getProperty("opi.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Paths.get(System.getProperty("opi.test.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CAPTURES = Paths.get("target", "screenshots");
    private static final Duration ATTENTE = Duration.ofSeconds(20);
    private static final int LARGEUR = 1280;
    private static final int HAUTEUR = 900;
    /**
     * Selenium 4.49 knows DevTools protocols up to v153 and warns at every start that Chromium's is newer: plain
     * WebDriver does not use them. Held here because java.util.logging keeps its loggers weakly.
     */
    private static final Logger CDP = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP.setLevel(Level.SEVERE);
    }

    private final ChromeDriverService service;
    private final Path profil;
    private final ChromeDriver pilote;
    private final WebDriverWait attente;

    private NavigateurDEssai() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver");
        }
        try {
            profil = Files.createTempDirectory("opi-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=" + LARGEUR + "," + HAUTEUR, "--user-data-dir=" + profil);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                profil.resolve("telechargements").toString(), "download.prompt_for_download", false));
        ChromeDriver demarre = null;
        try {
            demarre = new ChromeDriver(service, options);
            demarre.manage().timeouts().pageLoadTimeout(ATTENTE);
            pilote = demarre;
            attente = new WebDriverWait(pilote, ATTENTE);
            ajusterLaFenetre();
        } catch (RuntimeException e) {
            if (demarre != null) {
                demarre.quit();
            }
            service.stop();
            supprimer(profil);
            throw e;
        }
    }

    /** Grows the window by its frame so that the page area (and every screenshot) is exactly 1280×900. */
    private void ajusterLaFenetre() {
        @SuppressWarnings("unchecked")
        List<Number> cadre = (List<Number>) pilote.executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        pilote.manage().window().setSize(new Dimension(LARGEUR + cadre.get(0).intValue(),
                HAUTEUR + cadre.get(1).intValue()));
        attendre(d -> Long.valueOf(LARGEUR).equals(pilote.executeScript("return window.innerWidth"))
                && Long.valueOf(HAUTEUR).equals(pilote.executeScript("return window.innerHeight")));
    }

    /** Starts the browser; close it when done. */
    public static NavigateurDEssai demarrer() {
        return new NavigateurDEssai();
    }

    /** A file the browser downloaded, once it is complete (Chromium writes a .crdownload until then). */
    public Path telecharge(String nom) {
        Path fichier = profil.resolve("telechargements").resolve(nom);
        attendre(d -> Files.isRegularFile(fichier));
        return fichier;
    }

    public WebDriver pilote() {
        return pilote;
    }

    /** Loads a page and waits until the document is complete. */
    public void ouvrir(String url) {
        pilote.get(url);
        attendre(d -> "complete".equals(pilote.executeScript("return document.readyState")));
    }

    /**
     * Waits (up to 20 s) until the condition holds and returns its value. A condition that meets the page being
     * replaced ({@link #pageRemplacee}) is asked again.
     */
    public <T> T attendre(Function<? super WebDriver, T> condition) {
        return attente.until(d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.WebDriverException e) {
                if (pageRemplacee(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Waits until that element has left the page (the form it belongs to was sent and the next page loaded). */
    public void attendreDepart(WebElement ancien) {
        attendre(d -> {
            try {
                ancien.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (pageRemplacee(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * The element read was on a document being replaced: a stale element, or, from Chromium while the old document is
     * being replaced, "does not belong to the document".
     */
    private static boolean pageRemplacee(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /**
     * Logs in from the login page at that address (password, then the code of the account's TOTP secret) and waits
     * for the page the account lands on, by its title.
     */
    public void seConnecter(String urlConnexion, String login, String motDePasse, String secretTotp, String titre) {
        ouvrir(urlConnexion);
        attendreTitre("Connexion — opi-connector");
        saisir("login", login);
        saisir("motDePasse", motDePasse);
        saisir("code", fr.opiconnector.securite.Totp.code(secretTotp, java.time.Instant.now()));
        bouton("Se connecter").click();
        attendreTitre(titre);
    }

    /** Waits until the page title is exactly {@code titre}. */
    public void attendreTitre(String titre) {
        attendre(ExpectedConditions.titleIs(titre));
    }

    /** Waits until an element is visible and returns it. */
    public WebElement element(By selecteur) {
        return attendre(ExpectedConditions.visibilityOfElementLocated(selecteur));
    }

    /** The submit button whose text is exactly {@code libelle}. */
    public WebElement bouton(String libelle) {
        return element(By.xpath("//button[normalize-space(.)=" + litteralXpath(libelle) + "]"));
    }

    public void saisir(String nomDuChamp, String valeur) {
        WebElement champ = element(By.name(nomDuChamp));
        champ.clear();
        champ.sendKeys(valeur);
    }

    public String titre() {
        return pilote.getTitle();
    }

    public String texte() {
        return pilote.findElement(By.tagName("body")).getText();
    }

    public String chemin() {
        return URI.create(pilote.getCurrentUrl()).getPath();
    }

    /** Saves a PNG screenshot of the viewport to {@code target/screenshots/<nom>.png} and returns its path. */
    /** The WCAG 2.1 A and AA violations axe-core finds on the page as it stands: rule, help and the elements. */
    public List<String> violationsWcag() {
        return new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(pilote).getViolations().stream()
                .map(v -> v.getId() + " (" + v.getHelp() + "): " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    public Path capture(String nom) {
        try {
            Files.createDirectories(CAPTURES);
            Path fichier = CAPTURES.resolve(nom + ".png");
            Files.write(fichier, pilote.getScreenshotAs(OutputType.BYTES));
            return fichier;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            pilote.quit();
        } finally {
            service.stop();
            supprimer(profil);
        }
    }

    private static String litteralXpath(String texte) {
        if (!texte.contains("'")) {
            return "'" + texte + "'";
        }
        if (!texte.contains("\"")) {
            return "\"" + texte + "\"";
        }
        return "concat('" + texte.replace("'", "',\"'\",'") + "')";
    }

    private static void supprimer(Path dossier) {
        try (Stream<Path> chemins = Files.walk(dossier)) {
            chemins.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
