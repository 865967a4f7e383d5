package fr.opiconnector.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.Totp;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser session on the admin pages of a running connector: an account created and activated by its owner (own
 * password, TOTP enrolled), then logged in with a code.
 */
public final class SessionAdminDEssai {

    private static final String MOT_DE_PASSE = ComptesDEssai.MOT_DE_PASSE;
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final ConnecteurDEssai connecteur;
    private final HttpClient navigateur = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private SessionAdminDEssai(ConnecteurDEssai connecteur) {
        this.connecteur = connecteur;
    }

    /** Creates the account with these profiles and logs it in. */
    public static SessionAdminDEssai connecter(ConnecteurDEssai connecteur, String login, EnumSet<Profil> profils)
            throws Exception {
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(),
                Clock.systemUTC(), login, profils);
        SessionAdminDEssai session = new SessionAdminDEssai(connecteur);
        Matcher csrf = CSRF.matcher(session.get("/admin/connexion").body());
        assertTrue(csrf.find());
        String corps = "csrf=" + encode(csrf.group(1)) + "&login=" + encode(login) + "&motDePasse=" + encode(MOT_DE_PASSE)
                + "&code=" + encode(Totp.code(compte.secretTotp(), Instant.now()));
        HttpResponse<String> connexion = session.navigateur.send(HttpRequest.newBuilder(session.url("/admin/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, connexion.statusCode(), connexion.body());
        return session;
    }

    /** A login attempt in a fresh browser (the form's CSRF cookie and field), answered as it comes. */
    public static HttpResponse<String> essayerDeSeConnecter(ConnecteurDEssai cible, String login, String motDePasse)
            throws Exception {
        SessionAdminDEssai session = new SessionAdminDEssai(cible);
        return session.post(cible, "/admin/connexion", Map.of("csrf", jeton(session.get("/admin/connexion").body()),
                "login", login, "motDePasse", motDePasse, "code", "000000"));
    }

    public HttpResponse<String> get(String chemin) throws Exception {
        return get(connecteur, chemin);
    }

    /** The page from that connector, with this browser's cookies (another replica on the same host shares them). */
    public HttpResponse<String> get(ConnecteurDEssai cible, String chemin) throws Exception {
        return navigateur.send(HttpRequest.newBuilder(url(cible, chemin)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form posted to that connector. */
    public HttpResponse<String> post(ConnecteurDEssai cible, String chemin, Map<String, String> champs) throws Exception {
        String corps = champs.entrySet().stream().map(c -> encode(c.getKey()) + "=" + encode(c.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return navigateur.send(HttpRequest.newBuilder(url(cible, chemin))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token a page's forms carry. */
    public static String jeton(String page) {
        Matcher csrf = CSRF.matcher(page);
        assertTrue(csrf.find(), page);
        return csrf.group(1);
    }

    private URI url(String chemin) {
        return url(connecteur, chemin);
    }

    private static URI url(ConnecteurDEssai cible, String chemin) {
        return URI.create(cible.adresse().replace("/services/OpiMetier", chemin));
    }

    private static String encode(String valeur) {
        return URLEncoder.encode(valeur, StandardCharsets.UTF_8);
    }
}
