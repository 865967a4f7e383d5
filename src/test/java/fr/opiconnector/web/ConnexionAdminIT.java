package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.Totp;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.HorlogeReglable;
import fr.opiconnector.support.MariaDbDEssai;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin login under attack, behind a trusted reverse proxy (127.0.0.1), on a clock the test moves: one answer for
 * every refusal, a growing wait per source address, a bounded account lock that an administrator lifts, failed logins
 * audited per source and period, the forwarded client address in the audit.
 */
class ConnexionAdminIT {

    private static final String MOT_DE_PASSE = "une-longue-phrase-secrète";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final HorlogeReglable HORLOGE = new HorlogeReglable(Instant.parse("2026-06-02T08:00:00Z"));

    private static MariaDbDEssai base;
    private static ConnecteurDEssai connecteur;

    @BeforeAll
    static void demarrer() {
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_HTTP_TRUSTED_PROXIES", "127.0.0.1/32"), HORLOGE);
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        base.close();
    }

    @BeforeEach
    void viderLaBase() {
        base.vider();
        // Past the audit period and every wait of the previous test.
        HORLOGE.avancer(Duration.ofHours(2));
    }

    @Test
    void an_unknown_login_a_wrong_password_and_a_locked_account_get_the_same_answer() throws Exception {
        ComptesDEssai.CompteActif anne = ajouter("anne");

        HttpResponse<String> inconnu = connexion("198.51.100.20", "personne", MOT_DE_PASSE, code(anne));
        HttpResponse<String> mauvais = connexion("198.51.100.21", "anne", "mauvais-mot-de-passe", code(anne));
        for (int i = 1; i <= 4; i++) {
            connexion("198.51.100." + i, "anne", "mauvais-mot-de-passe", code(anne));
        }
        HttpResponse<String> verrouille = connexion("198.51.100.22", "anne", MOT_DE_PASSE, code(anne));

        assertEquals(401, inconnu.statusCode());
        assertEquals(401, mauvais.statusCode());
        assertEquals(401, verrouille.statusCode(), "the right password and code on a locked account");
        assertEquals(sansJeton(inconnu.body()), sansJeton(mauvais.body()));
        assertEquals(sansJeton(inconnu.body()), sansJeton(verrouille.body()), "a locked account says nothing more");
    }

    @Test
    void a_source_that_keeps_failing_waits_longer_each_time_and_others_are_not_slowed() throws Exception {
        ComptesDEssai.CompteActif bruno = ajouter("bruno");
        String attaquant = "203.0.113.50";
        for (int i = 0; i < 4; i++) {
            assertEquals(401, connexion(attaquant, "inconnu" + i, MOT_DE_PASSE, "123456").statusCode());
        }

        HttpResponse<String> tropTot = connexion(attaquant, "inconnu9", MOT_DE_PASSE, "123456");
        HttpResponse<String> proprietaire = connexion("198.51.100.80", "bruno", MOT_DE_PASSE, code(bruno));
        HORLOGE.avancer(Duration.ofSeconds(1));
        HttpResponse<String> apresUneSeconde = connexion(attaquant, "inconnu10", MOT_DE_PASSE, "123456");
        HttpResponse<String> encoreTropTot = connexion(attaquant, "inconnu11", MOT_DE_PASSE, "123456");

        assertEquals(429, tropTot.statusCode(), tropTot.body());
        assertTrue(tropTot.body().contains("Trop de tentatives de connexion depuis votre adresse"), tropTot.body());
        assertEquals("1", tropTot.headers().firstValue("Retry-After").orElse(""));
        assertEquals(303, proprietaire.statusCode(), "another address is not slowed: " + proprietaire.body());
        assertEquals(401, apresUneSeconde.statusCode(), "after the wait, one more attempt");
        assertEquals(429, encoreTropTot.statusCode());
        assertEquals("2", encoreTropTot.headers().firstValue("Retry-After").orElse(""), "the wait doubles");
    }

    @Test
    void five_failures_lock_the_account_for_a_bounded_time_that_attempts_do_not_renew() throws Exception {
        ComptesDEssai.CompteActif claire = ajouter("claire");
        for (int i = 1; i <= 5; i++) {
            connexion("198.51.100." + (30 + i), "claire", "mauvais-mot-de-passe", code(claire));
        }
        HORLOGE.avancer(Duration.ofMinutes(10));
        connexion("198.51.100.40", "claire", "mauvais-mot-de-passe", code(claire));
        HttpResponse<String> pendant = connexion("198.51.100.41", "claire", MOT_DE_PASSE, code(claire));
        HORLOGE.avancer(Duration.ofMinutes(5).plusSeconds(1));
        HttpResponse<String> apres = connexion("198.51.100.41", "claire", MOT_DE_PASSE, code(claire));

        assertEquals(401, pendant.statusCode(), "locked");
        assertEquals(303, apres.statusCode(), "15 minutes after the lock, whatever was tried during it: " + apres.body());
        assertEquals(List.of("COMPTE_VERROUILLE 198.51.100.35"), base.lignes("SELECT CONCAT(evenement, ' ', adresse) "
                + "FROM audit WHERE login = 'claire' AND evenement = 'COMPTE_VERROUILLE'"), "the lock is audited");
    }

    @Test
    void an_administrator_lifts_a_lock_from_the_command_line_and_the_owner_logs_in_at_once(@TempDir Path repertoire)
            throws Exception {
        ComptesDEssai.CompteActif denis = ajouter("denis");
        for (int i = 1; i <= 5; i++) {
            connexion("198.51.100." + (50 + i), "denis", "mauvais-mot-de-passe", code(denis));
        }
        HttpResponse<String> verrouille = connexion("198.51.100.60", "denis", MOT_DE_PASSE, code(denis));

        Commande.Sortie deverrouille = Commande.executer(configuration(repertoire), "comptes", "deverrouiller", "denis");
        HORLOGE.avancer(Duration.ofSeconds(30));
        HttpResponse<String> connecte = connexion("198.51.100.60", "denis", MOT_DE_PASSE, code(denis));

        assertEquals(401, verrouille.statusCode());
        assertEquals(0, deverrouille.statut(), deverrouille.err());
        assertEquals("account denis unlocked", deverrouille.out().strip());
        assertEquals(303, connecte.statusCode(), connecte.body());
        assertEquals(List.of("CONNEXION", "COMPTE_DEVERROUILLE", "COMPTE_VERROUILLE"), base.lignes(
                "SELECT evenement FROM audit WHERE login = 'denis' AND evenement <> 'ECHEC_CONNEXION' "
                        + "AND evenement <> 'COMPTE_CREE' AND evenement <> 'COMPTE_ACTIVE' ORDER BY id DESC"));
    }

    @Test
    void failed_logins_are_audited_as_one_row_per_source_account_and_period_and_each_is_counted() throws Exception {
        ajouter("emma");
        String metriquesAvant = connecteur.metriques().corps();
        for (int i = 0; i < 10; i++) {
            connexion("203.0.113.70", "inconnu" + i, MOT_DE_PASSE, "123456");
        }
        connexion("203.0.113.71", "emma", "mauvais-mot-de-passe", "123456");
        connexion("203.0.113.71", "emma", "mauvais-mot-de-passe", "123456");
        HORLOGE.avancer(Duration.ofMinutes(5));
        connexion("203.0.113.72", "inconnu", MOT_DE_PASSE, "123456");

        assertEquals(List.of("(inconnu) 203.0.113.70 4", "(trop de tentatives) 203.0.113.70 6", "emma 203.0.113.71 2"),
                base.lignes("SELECT CONCAT(login, ' ', adresse, ' ', nombre) FROM audit "
                        + "WHERE evenement = 'ECHEC_CONNEXION' AND adresse LIKE '203.0.113.7_' ORDER BY login, adresse"),
                "one row per source, account and 5-minute period, with the count; the last attempt's period is not over");
        String metriques = connecteur.metriques().corps();
        assertEquals(7, compte(metriques, "refused") - compte(metriquesAvant, "refused"), metriques);
        assertEquals(6, compte(metriques, "throttled") - compte(metriquesAvant, "throttled"), metriques);
    }

    @Test
    void behind_a_trusted_proxy_the_audit_keeps_the_forwarded_client_address() throws Exception {
        ComptesDEssai.CompteActif fred = ajouter("fred");

        HttpResponse<String> connecte = connexion("203.0.113.9", "fred", MOT_DE_PASSE, code(fred));

        assertEquals(303, connecte.statusCode(), connecte.body());
        assertEquals(List.of("203.0.113.9"), base.lignes("SELECT adresse FROM audit WHERE login = 'fred' "
                + "AND evenement = 'CONNEXION'"));
    }

    private static double compte(String scrape, String issue) {
        return ConnecteurDEssai.serie(scrape, "opi_admin_logins_total{outcome=\"" + issue + "\"}");
    }

    private static ComptesDEssai.CompteActif ajouter(String login) throws Exception {
        return ComptesDEssai.actif(connecteur.application().database().emf(), HORLOGE, login, EnumSet.of(Profil.TECHNIQUE));
    }

    private static String code(ComptesDEssai.CompteActif compte) {
        return Totp.code(compte.secretTotp(), HORLOGE.instant());
    }

    private static Path configuration(Path repertoire) throws Exception {
        Path fichier = repertoire.resolve("opi.properties");
        Files.writeString(fichier, "opi.db.url=" + base.url() + "\nopi.db.user=" + MariaDbDEssai.utilisateur()
                + "\nopi.db.password=" + MariaDbDEssai.motDePasse() + "\n");
        return fichier;
    }

    /** A login from a fresh browser, through the proxy for the client at that address. */
    private static HttpResponse<String> connexion(String client, String login, String motDePasse, String code)
            throws Exception {
        HttpClient navigateur = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> formulaire = navigateur.send(HttpRequest.newBuilder(url("/admin/connexion"))
                .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
        Matcher jeton = CSRF.matcher(formulaire.body());
        assertTrue(jeton.find(), formulaire.body());
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("csrf", jeton.group(1));
        champs.put("login", login);
        champs.put("motDePasse", motDePasse);
        champs.put("code", code);
        String corps = champs.entrySet().stream().map(c -> URLEncoder.encode(c.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return navigateur.send(HttpRequest.newBuilder(url("/admin/connexion")).header("X-Forwarded-For", client)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sansJeton(String html) {
        return CSRF.matcher(html).replaceAll("name=\"csrf\" value=\"…\"");
    }

    private static URI url(String chemin) {
        return URI.create(connecteur.adresse().replace("/services/OpiMetier", chemin));
    }
}
