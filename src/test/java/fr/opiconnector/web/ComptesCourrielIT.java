package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.Totp;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.HorlogeReglable;
import fr.opiconnector.support.MariaDbDEssai;
import fr.opiconnector.support.ServeurSmtpDEssai;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The accounts over HTTP with a real SMTP server (GreenMail) whose received messages the tests read: the owner
 * activates the account from the e-mailed link (own password, TOTP or e-mailed code), logs in, edits their own
 * information and password; an administrator resets an account (a new link by e-mail, sessions ended); a locked
 * owner logs in with the e-mailed unlock link; expired forms and links get a French message.
 */
class ComptesCourrielIT {

    private static final String MDP = ComptesDEssai.MOT_DE_PASSE;
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern CLE = Pattern.compile("<code id=\"cle-totp\">([A-Z2-7 ]+)</code>");
    private static final HorlogeReglable HORLOGE = new HorlogeReglable(Instant.now());

    private static MariaDbDEssai base;
    private static ServeurSmtpDEssai smtp;
    private static ConnecteurDEssai connecteur;
    private static int adresse = 1;

    @BeforeAll
    static void demarrer() {
        base = MariaDbDEssai.nouvelleBase();
        smtp = ServeurSmtpDEssai.demarrer();
        Map<String, String> variables = new HashMap<>(smtp.variables());
        variables.put("OPI_HTTP_TRUSTED_PROXIES", "127.0.0.1/32");
        connecteur = ConnecteurDEssai.demarrer(base.url(), variables, HORLOGE);
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        smtp.close();
        base.close();
    }

    @BeforeEach
    void viderLaBase() {
        base.vider();
        HORLOGE.avancer(Duration.ofHours(2));
    }

    @Test
    void the_owner_activates_the_account_from_the_emailed_link_with_own_password_and_totp_then_logs_in() throws Exception {
        Navigateur administrateur = administrateur("admin1");
        int avant = smtp.nombre();

        HttpResponse<String> cree = administrateur.post("/admin/comptes", Map.of("csrf", administrateur.jeton("/admin/comptes"),
                "login", "lea", "nom", "Léa Garnier", "email", "lea@univ.example", "telephone", "06 11 22 33 44",
                "profil-gestionnaire", "on"));
        ServeurSmtpDEssai.Courriel courriel = smtp.dernier(avant + 1, "lea@univ.example");
        Navigateur lea = new Navigateur();
        HttpResponse<String> page = lea.get(relatif(courriel.lien()));
        String jeton = ComptesDEssai.jeton(courriel.lien());
        HttpResponse<String> differents = lea.post("/admin/activation", Map.of("csrf", champ(page.body()), "jeton", jeton,
                "motDePasse", MDP, "confirmation", "autre-chose-encore", "facteur", "totp"));
        HttpResponse<String> qr = lea.post("/admin/activation", Map.of("csrf", champ(differents.body()), "jeton", jeton,
                "motDePasse", MDP, "confirmation", MDP, "facteur", "totp"));
        String secret = cle(qr.body());
        HttpResponse<String> faux = lea.post("/admin/activation/confirmer", Map.of("csrf", champ(qr.body()), "jeton", jeton,
                "code", "000000"));
        HttpResponse<String> active = lea.post("/admin/activation/confirmer", Map.of("csrf", champ(faux.body()),
                "jeton", jeton, "code", Totp.code(secret, HORLOGE.instant())));
        HttpResponse<String> connexion = lea.get(active.headers().firstValue("Location").orElseThrow());
        HORLOGE.avancer(Duration.ofSeconds(30));
        HttpResponse<String> connectee = lea.connexion("lea", MDP, Totp.code(secret, HORLOGE.instant()));
        HttpResponse<String> lienRejoue = new Navigateur().get(relatif(courriel.lien()));

        assertTrue(cree.body().contains("Compte lea créé : un lien d&#39;activation, valable 72 heures, a été envoyé")
                || cree.body().contains("Compte lea créé : un lien d'activation, valable 72 heures, a été envoyé"), cree.body());
        assertFalse(cree.body().contains("jeton="), "the administrator never sees the link once it is e-mailed");
        assertEquals("opi-connector : activez votre compte", courriel.sujet());
        assertTrue(courriel.texte().contains("Un administrateur vous a créé le compte « lea »"), courriel.texte());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Bonjour Léa Garnier."), page.body());
        assertEquals(400, differents.statusCode());
        assertTrue(differents.body().contains("les deux saisies du mot de passe diffèrent"), differents.body());
        assertTrue(qr.body().contains("<svg id=\"qr-totp\""), qr.body());
        assertEquals(400, faux.statusCode());
        assertTrue(faux.body().contains("code incorrect") && faux.body().contains("<svg id=\"qr-totp\""), faux.body());
        assertEquals(303, active.statusCode(), active.body());
        assertTrue(connexion.body().contains("Votre compte est activé."), connexion.body());
        assertEquals(303, connectee.statusCode(), connectee.body());
        assertEquals("/admin", connectee.headers().firstValue("Location").orElse(""));
        assertEquals(410, lienRejoue.statusCode());
        assertTrue(lienRejoue.body().contains("(ou plus) valable"), lienRejoue.body());
        assertEquals(List.of("COMPTE_CREE admin1", "COMPTE_ACTIVE lea", "CONNEXION lea"), base.lignes(
                "SELECT CONCAT(evenement, ' ', auteur) FROM audit WHERE login = 'lea' ORDER BY id"));
        assertEquals(List.of("1"), base.lignes("SELECT COUNT(*) FROM compte WHERE login = 'lea' AND jeton_activation "
                + "IS NULL AND secret_totp_propose IS NULL"), "the link is spent");
    }

    @Test
    void an_email_factor_account_enrols_with_a_mailed_code_and_logs_in_with_a_code_asked_from_the_login_page()
            throws Exception {
        String lien = new ComptesService(connecteur.application().database().emf(), HORLOGE).ajouter("marc", "Marc Blanc",
                "marc@univ.example", null, EnumSet.of(Profil.TECHNIQUE), "test").lien();
        int avant = smtp.nombre();
        Navigateur marc = new Navigateur();
        String jeton = ComptesDEssai.jeton(lien);
        HttpResponse<String> page = marc.get(relatif(lien));
        HttpResponse<String> envoye = marc.post("/admin/activation", Map.of("csrf", champ(page.body()), "jeton", jeton,
                "motDePasse", MDP, "confirmation", MDP, "facteur", "email"));
        ServeurSmtpDEssai.Courriel confirmation = smtp.dernier(avant + 1, "marc@univ.example");
        HttpResponse<String> active = marc.post("/admin/activation/confirmer", Map.of("csrf", champ(envoye.body()),
                "jeton", jeton, "code", confirmation.code()));

        HttpResponse<String> formulaire = marc.get("/admin/connexion");
        HttpResponse<String> demande = marc.post("/admin/connexion/code", Map.of("csrf", champ(formulaire.body()),
                "login", "marc"));
        HttpResponse<String> inconnu = new Navigateur().demander("/admin/connexion/code", "personne");
        ServeurSmtpDEssai.Courriel code = smtp.dernier(avant + 2, "marc@univ.example");
        HttpResponse<String> mauvais = marc.connexion("marc", MDP, "000000");
        HttpResponse<String> connecte = marc.connexion("marc", MDP, code.code());
        HttpResponse<String> rejoue = new Navigateur().connexion("marc", MDP, code.code());

        assertTrue(envoye.body().contains("Un code à 6 chiffres vient d&#39;être envoyé")
                || envoye.body().contains("Un code à 6 chiffres vient d'être envoyé"), envoye.body());
        assertEquals(303, active.statusCode(), active.body());
        assertTrue(formulaire.body().contains(">Recevoir un code par e-mail</button>"), formulaire.body());
        assertEquals(200, demande.statusCode());
        assertTrue(demande.body().contains("un code vient d&#39;être envoyé") || demande.body()
                .contains("un code vient d'être envoyé"), demande.body());
        assertEquals(sansJeton(demande.body()).replace("value=\"marc\"", ""),
                sansJeton(inconnu.body()).replace("value=\"personne\"", ""), "the same answer for an unknown login");
        assertTrue(code.sujet().startsWith("opi-connector : votre code de connexion "), code.sujet());
        assertEquals(401, mauvais.statusCode());
        assertEquals(303, connecte.statusCode(), connecte.body());
        assertEquals(401, rejoue.statusCode(), "a code serves once");
        assertEquals(avant + 2, smtp.nombre(), "nothing was sent for the unknown login");
        assertEquals(List.of("EMAIL"), base.lignes("SELECT second_facteur FROM compte WHERE login = 'marc'"));
    }

    @Test
    void an_administrator_reset_emails_a_new_link_and_ends_the_owner_sessions() throws Exception {
        Navigateur administrateur = administrateur("admin2");
        ComptesDEssai.CompteActif nina = ComptesDEssai.actif(connecteur.application().database().emf(), HORLOGE, "nina",
                EnumSet.of(Profil.GESTIONNAIRE));
        Navigateur session = new Navigateur();
        assertEquals(303, session.connexion("nina", MDP, Totp.code(nina.secretTotp(), HORLOGE.instant())).statusCode());
        int avant = smtp.nombre();

        HttpResponse<String> reinitialise = administrateur.post("/admin/comptes/reinitialiser", Map.of("csrf",
                administrateur.jeton("/admin/comptes"), "login", "nina"));
        ServeurSmtpDEssai.Courriel courriel = smtp.dernier(avant + 1, "nina@univ.example");
        HttpResponse<String> apres = session.get("/admin");
        HORLOGE.avancer(Duration.ofSeconds(30));
        HttpResponse<String> ancien = new Navigateur().connexion("nina", MDP, Totp.code(nina.secretTotp(), HORLOGE.instant()));
        HttpResponse<String> page = new Navigateur().get(relatif(courriel.lien()));

        assertTrue(reinitialise.body().contains("Compte nina réinitialisé"), reinitialise.body());
        assertTrue(reinitialise.body().contains("en attente d&#39;activation")
                || reinitialise.body().contains("en attente d'activation"), reinitialise.body());
        assertEquals("opi-connector : réactivez votre compte", courriel.sujet());
        assertEquals(303, apres.statusCode(), "the owner's open session ended");
        assertEquals("/admin/connexion?fin=1", apres.headers().firstValue("Location").orElse(""));
        assertEquals(401, ancien.statusCode(), "the old password and factor serve no more");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Étape 1 sur 2"), page.body());
    }

    @Test
    void the_owner_edits_own_information_and_password_and_only_the_other_sessions_end() throws Exception {
        ComptesDEssai.CompteActif olga = ComptesDEssai.actif(connecteur.application().database().emf(), HORLOGE, "olga",
                EnumSet.of(Profil.TECHNIQUE));
        Navigateur ici = new Navigateur();
        Navigateur ailleurs = new Navigateur();
        assertEquals(303, ici.connexion("olga", MDP, Totp.code(olga.secretTotp(), HORLOGE.instant())).statusCode());
        HORLOGE.avancer(Duration.ofSeconds(30));
        assertEquals(303, ailleurs.connexion("olga", MDP, Totp.code(olga.secretTotp(), HORLOGE.instant())).statusCode());

        HttpResponse<String> moi = ici.get("/admin/moi");
        HttpResponse<String> informations = ici.post("/admin/moi", Map.of("csrf", champ(moi.body()), "nom", "Olga Lenoir",
                "email", "olga@univ.example", "telephone", "07 00 00 00 01"));
        HttpResponse<String> adresseSansMotDePasse = ici.post("/admin/moi", Map.of("csrf", champ(informations.body()),
                "nom", "Olga Lenoir", "email", "o.lenoir@univ.example", "telephone", ""));
        HttpResponse<String> motDePasse = ici.post("/admin/moi/mot-de-passe", Map.of("csrf", champ(informations.body()),
                "actuel", MDP, "nouveau", "ma-nouvelle-phrase-a-moi", "confirmation", "ma-nouvelle-phrase-a-moi"));
        HttpResponse<String> encoreIci = ici.get("/admin/moi");
        HttpResponse<String> plusAilleurs = ailleurs.get("/admin");

        assertEquals(200, moi.statusCode());
        assertTrue(moi.body().contains("<a href=\"/admin/moi\""), "the user name in the header leads there");
        assertEquals(200, informations.statusCode(), informations.body());
        assertTrue(informations.body().contains("Vos informations sont enregistrées."), informations.body());
        assertTrue(informations.body().contains("value=\"Olga Lenoir\"") && informations.body().contains("value=\"07 00 00 00 01\""),
                informations.body());
        assertEquals(400, adresseSansMotDePasse.statusCode());
        assertTrue(adresseSansMotDePasse.body().contains("saisissez votre mot de passe actuel"), adresseSansMotDePasse.body());
        assertEquals(200, motDePasse.statusCode(), motDePasse.body());
        assertTrue(motDePasse.body().contains("Votre mot de passe est changé"), motDePasse.body());
        assertEquals(200, encoreIci.statusCode(), "this session goes on");
        assertEquals(303, plusAilleurs.statusCode(), "the other session ended");
        assertEquals(List.of("Olga Lenoir olga@univ.example 07 00 00 00 01"), base.lignes(
                "SELECT CONCAT(nom, ' ', email, ' ', telephone) FROM compte WHERE login = 'olga'"));
        assertEquals(List.of("INFORMATIONS_MODIFIEES", "MOT_DE_PASSE_CHANGE"), base.lignes("SELECT evenement FROM audit "
                + "WHERE login = 'olga' AND evenement IN ('INFORMATIONS_MODIFIEES', 'MOT_DE_PASSE_CHANGE') ORDER BY id"));
    }

    @Test
    void a_locked_owner_logs_in_with_the_emailed_unlock_link_and_the_lock_is_lifted_and_audited() throws Exception {
        ComptesDEssai.CompteActif paul = ComptesDEssai.actif(connecteur.application().database().emf(), HORLOGE, "paul",
                EnumSet.of(Profil.TECHNIQUE));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new Navigateur().connexion("paul", "mauvais-mot-de-passe", "000000").statusCode());
        }
        HttpResponse<String> verrouille = new Navigateur().connexion("paul", MDP, Totp.code(paul.secretTotp(),
                HORLOGE.instant()));
        int avant = smtp.nombre();

        Navigateur proprietaire = new Navigateur();
        HttpResponse<String> demande = proprietaire.demander("/admin/connexion/deverrouillage", "paul");
        ServeurSmtpDEssai.Courriel courriel = smtp.dernier(avant + 1, "paul@univ.example");
        HttpResponse<String> page = proprietaire.get(relatif(courriel.lien()));
        HttpResponse<String> mauvais = proprietaire.post("/admin/deverrouillage", Map.of("csrf", champ(page.body()),
                "jeton", ComptesDEssai.jeton(courriel.lien()), "motDePasse", "pas-le-bon", "code", "000000"));
        HttpResponse<String> connecte = proprietaire.post("/admin/deverrouillage", Map.of("csrf", champ(mauvais.body()),
                "jeton", ComptesDEssai.jeton(courriel.lien()), "motDePasse", MDP, "code",
                Totp.code(paul.secretTotp(), HORLOGE.instant())));
        HttpResponse<String> tableau = proprietaire.get("/admin");
        HttpResponse<String> lienRejoue = new Navigateur().get(relatif(courriel.lien()));

        assertEquals(401, verrouille.statusCode(), "locked after five failures");
        assertTrue(demande.body().contains("Si ce compte est verrouillé, un lien vient d&#39;être envoyé")
                || demande.body().contains("Si ce compte est verrouillé, un lien vient d'être envoyé"), demande.body());
        assertEquals("opi-connector : votre compte est verrouillé", courriel.sujet());
        assertEquals(200, page.statusCode());
        assertEquals(401, mauvais.statusCode(), "the link does not replace the password");
        assertEquals(303, connecte.statusCode(), connecte.body());
        assertEquals(200, tableau.statusCode());
        assertEquals(410, lienRejoue.statusCode(), "the link served once");
        assertEquals(List.of("COMPTE_VERROUILLE", "LIEN_DEVERROUILLAGE_ENVOYE", "COMPTE_DEVERROUILLE", "CONNEXION"),
                base.lignes("SELECT evenement FROM audit WHERE login = 'paul' AND evenement IN ('COMPTE_VERROUILLE', "
                        + "'LIEN_DEVERROUILLAGE_ENVOYE', 'COMPTE_DEVERROUILLE', 'CONNEXION') ORDER BY id"));
        assertEquals(List.of("0"), base.lignes("SELECT COUNT(*) FROM compte WHERE login = 'paul' AND "
                + "verrouille_jusqua IS NOT NULL"), "the lock is lifted");
    }

    @Test
    void an_expired_form_an_unknown_link_and_a_stale_session_token_get_a_french_message_not_a_stack_trace()
            throws Exception {
        ComptesDEssai.CompteActif rose = ComptesDEssai.actif(connecteur.application().database().emf(), HORLOGE, "rose",
                EnumSet.of(Profil.GESTIONNAIRE));
        Navigateur navigateur = new Navigateur();

        HttpResponse<String> inconnu = navigateur.get("/admin/activation?jeton=nimporte-quoi");
        HttpResponse<String> sansJeton = navigateur.get("/admin/activation");
        HttpResponse<String> formulaireExpire = new Navigateur().post("/admin/activation", Map.of("csrf", "ancien",
                "jeton", "x", "motDePasse", MDP, "confirmation", MDP, "facteur", "totp"));
        HttpResponse<String> deverrouillageInconnu = navigateur.get("/admin/deverrouillage?jeton=inconnu");
        assertEquals(303, navigateur.connexion("rose", MDP, Totp.code(rose.secretTotp(), HORLOGE.instant())).statusCode());
        HttpResponse<String> jetonPerime = navigateur.post("/admin/moi", Map.of("csrf", "jeton-d-une-autre-session",
                "nom", "Rose", "email", "rose@univ.example"));

        assertEquals(410, inconnu.statusCode());
        assertTrue(inconnu.body().contains("Ce lien d'activation n'est pas (ou plus) valable"), inconnu.body());
        assertEquals(410, sansJeton.statusCode());
        assertEquals(403, formulaireExpire.statusCode());
        assertTrue(formulaireExpire.body().contains("Ce formulaire a expiré"), formulaireExpire.body());
        assertEquals(410, deverrouillageInconnu.statusCode());
        assertTrue(deverrouillageInconnu.body().contains("Ce lien de déverrouillage n'est pas (ou plus) valable"),
                deverrouillageInconnu.body());
        assertEquals(403, jetonPerime.statusCode());
        assertTrue(jetonPerime.body().contains("Ce formulaire a expiré"), jetonPerime.body());
        for (HttpResponse<String> r : List.of(inconnu, sansJeton, formulaireExpire, deverrouillageInconnu, jetonPerime)) {
            assertFalse(r.body().contains("Exception") || r.body().contains("at fr."), r.body());
        }
    }

    /** An administrator logged in (a browser from a fresh address). */
    private static Navigateur administrateur(String login) throws Exception {
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(), HORLOGE, login,
                EnumSet.of(Profil.ADMINISTRATEUR));
        Navigateur navigateur = new Navigateur();
        assertEquals(303, navigateur.connexion(login, MDP, Totp.code(compte.secretTotp(), HORLOGE.instant())).statusCode());
        return navigateur;
    }

    private static String relatif(String lien) {
        URI uri = URI.create(lien);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static String champ(String page) {
        Matcher jeton = CSRF.matcher(page);
        assertTrue(jeton.find(), page);
        return jeton.group(1);
    }

    private static String cle(String page) {
        Matcher cle = CLE.matcher(page);
        assertTrue(cle.find(), page);
        return cle.group(1).replace(" ", "");
    }

    private static String sansJeton(String html) {
        return CSRF.matcher(html).replaceAll("name=\"csrf\" value=\"…\"");
    }

    /** A browser of its own (cookies), coming through the trusted proxy from an address of its own. */
    private static final class Navigateur {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String ip = "198.51.100." + (adresse++ % 250 + 1);

        HttpResponse<String> get(String chemin) throws Exception {
            return client.send(HttpRequest.newBuilder(url(chemin)).header("X-Forwarded-For", ip).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String chemin, Map<String, String> champs) throws Exception {
            String corps = champs.entrySet().stream().map(c -> URLEncoder.encode(c.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(url(chemin)).header("X-Forwarded-For", ip)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token of a page's forms. */
        String jeton(String chemin) throws Exception {
            return champ(get(chemin).body());
        }

        HttpResponse<String> connexion(String login, String motDePasse, String code) throws Exception {
            return post("/admin/connexion", Map.of("csrf", jeton("/admin/connexion"), "login", login, "motDePasse",
                    motDePasse, "code", code));
        }

        /** A button of the login form that sends the login only (a code, an unlock link). */
        HttpResponse<String> demander(String chemin, String login) throws Exception {
            return post(chemin, Map.of("csrf", jeton("/admin/connexion"), "login", login));
        }

        private static URI url(String chemin) {
            return URI.create(connecteur.adresse().replace("/services/OpiMetier", chemin));
        }
    }
}
