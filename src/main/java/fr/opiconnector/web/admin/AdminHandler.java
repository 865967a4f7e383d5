package fr.opiconnector.web.admin;

import fr.opiconnector.reception.Decision;
import fr.opiconnector.securite.Droit;
import fr.opiconnector.remontee.Handshake;
import fr.opiconnector.journal.Journal;
import fr.opiconnector.securite.Profil;
import fr.opiconnector.inscription.Remontee;
import fr.opiconnector.database.Database;
import fr.opiconnector.securite.CompteRefuseException;
import fr.opiconnector.securite.CallerAddress;
import fr.opiconnector.securite.AllowedNetworks;
import fr.opiconnector.journal.Calls;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.securite.ConnexionsService;
import fr.opiconnector.inscription.DossierService;
import fr.opiconnector.remontee.HandshakeService;
import fr.opiconnector.inscription.InscriptionService;
import fr.opiconnector.remontee.RemonteesService;

import fr.opiconnector.securite.TropDeTentativesException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin pages under /admin, rendered on the server: the login (password and TOTP code), the dashboard and its
 * actions. Every request is checked here: no session, or a session whose account was deactivated or changed since
 * (profiles, password: its generation in the database differs) → redirect to the login page (no data is ever shown);
 * a page outside one's profiles → 403; every POST carries the session's CSRF token. Session cookie HttpOnly,
 * SameSite=Strict, Secure when served over TLS, renewed on every request so that it ends with the session. The
 * caller's address (audit, journal, login waits) is the forwarded client's when the connection is a trusted proxy's.
 */
public final class AdminHandler extends Handler.Abstract {

    static final String COOKIE_SESSION = "opi_session";
    static final String COOKIE_CSRF_CONNEXION = "opi_csrf";
    private static final SecureRandom HASARD = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);

    private final ComptesService comptes;
    private final ConnexionsService connexions;
    private final AllowedNetworks proxys;
    private final AdminSessions sessions;
    private final TableauDeBordService tableau;
    private final RemonteesService remontees;
    private final HandshakeService handshake;
    private final Database database;
    private final PagesGestion gestion;
    private final ExportsConsole exportsConsole;
    private final PageJournal pageJournal;
    private final PageRemontees pageRemontees;
    private final PagesComptes pagesComptes;
    private final PageOpis pageOpis;
    private final PageLaissezPasser pageLaissezPasser;

    public AdminHandler(ComptesService comptes, ConnexionsService connexions, AllowedNetworks proxys,
            AdminSessions sessions, TableauDeBordService tableau, RemonteesService remontees, HandshakeService handshake,
            Database database, DossierService dossiers, InscriptionService inscriptions, Calls appels,
            String origineAdmissionPegase) {
        this.pageJournal = new PageJournal(database.emf());
        this.pageRemontees = new PageRemontees(database.emf());
        this.pageOpis = new PageOpis(database.emf());
        this.pageLaissezPasser = new PageLaissezPasser(database.emf());
        this.exportsConsole = new ExportsConsole(new fr.opiconnector.export.ExportService(database.emf()),
                origineAdmissionPegase);
        this.gestion = new PagesGestion(dossiers, inscriptions, appels,
                new fr.opiconnector.reception.RechercheIndividus(database.emf()));
        this.pagesComptes = new PagesComptes(comptes, connexions, sessions);
        this.comptes = comptes;
        this.connexions = connexions;
        this.proxys = proxys;
        this.sessions = sessions;
        this.tableau = tableau;
        this.remontees = remontees;
        this.handshake = handshake;
        this.database = database;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String chemin = Request.getPathInContext(request);
        if (!chemin.equals("/admin") && !chemin.startsWith("/admin/")) {
            return false;
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("Content-Security-Policy", "default-src 'none'; style-src 'self'; "
                + "img-src 'self'; form-action 'self'; frame-ancestors 'none'");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        if (chemin.equals(FEUILLE_DE_STYLE)) {
            feuilleDeStyle(response, callback);
            return true;
        }
        try {
            traiter(chemin, request, response, callback);
        } catch (RequeteIllisible e) {
            ecrire(response, callback, 400, message("Requête illisible", null, "Cette adresse ou ce formulaire contient "
                    + "des caractères mal codés : revenez à la page précédente et recommencez."));
        } catch (RuntimeException e) {
            // Neither the browser nor the log gets the exception's text, which may quote stored data.
            LOG.error("admin page {} failed: {} at {}", chemin, e.getClass().getName(),
                    e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0]);
            ecrire(response, callback, 500, message("Erreur", null, "La page n'a pas pu être produite : l'incident est "
                    + "consigné dans le journal du service."));
        }
        return true;
    }

    private void traiter(String chemin, Request request, Response response, Callback callback) throws IOException {
        boolean post = "POST".equals(request.getMethod());
        if (chemin.equals("/admin/connexion")) {
            if (post) {
                connecter(request, response, callback);
            } else {
                Map<String, String> parametres = requete(request);
                formulaireConnexion(request, response, callback, 200, "1".equals(parametres.get("fin")) ? SESSION_FINIE
                        : null, "1".equals(parametres.get("active")) ? PagesComptes.ACTIVE : null, null);
            }
            return;
        }
        if (PagesComptes.publique(chemin)) {
            pagePublique(chemin, post, request, response, callback);
            return;
        }
        String cookie = cookie(request, COOKIE_SESSION);
        Optional<AdminSessions.SessionAdmin> session = sessionEnVigueur(cookie);
        if (session.isEmpty()) {
            // A browser whose session ended is told so on the login page; one that never had one is not.
            boolean finie = cookie != null && !cookie.isEmpty();
            if (finie) {
                Response.replaceCookie(response, cookieSession("", 0, request.isSecure()));
            }
            Response.sendRedirect(request, response, callback, 303, finie ? "/admin/connexion?fin=1" : "/admin/connexion",
                    true);
            return;
        }
        AdminSessions.SessionAdmin s = session.get();
        Response.addCookie(response, cookieSession(s.id(), AdminSessions.INACTIVITE.toSeconds(), request.isSecure()));
        page(chemin, post, s, request, response, callback);
    }

    /**
     * A page anyone may open: an activation or unlock link's, or a request from the login form. Its forms carry the
     * login form's CSRF token (a cookie and a field, renewed with each page).
     */
    private void pagePublique(String chemin, boolean post, Request request, Response response, Callback callback)
            throws IOException {
        Map<String, String> champs = post ? formulaire(request) : requete(request);
        if (post && !egal(champs.get("csrf"), cookie(request, COOKIE_CSRF_CONNEXION))) {
            String jeton = nouveauJetonConnexion(request, response);
            ecrire(response, callback, 403, chemin.startsWith("/admin/connexion/")
                    ? pagesComptes.connexion(jeton, FORMULAIRE_EXPIRE, null, champs.get("login"))
                    : message("Formulaire expiré", null, "Ce formulaire a expiré (page ouverte trop longtemps, ou "
                            + "cookies refusés par le navigateur) : rouvrez le lien reçu par e-mail et recommencez."));
            return;
        }
        repondre(pagesComptes.publique(chemin, post, champs, nouveauJetonConnexion(request, response), adresse(request)),
                request, response, callback);
    }

    /** A page's answer: the new session's cookie when there is one, a redirection or the page. */
    private static void repondre(PagesComptes.Issue issue, Request request, Response response, Callback callback) {
        if (issue.session() != null) {
            Response.replaceCookie(response, cookieSession(issue.session().id(), AdminSessions.INACTIVITE.toSeconds(),
                    request.isSecure()));
        }
        if (issue.reessayerDans() != null) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(issue.reessayerDans()));
        }
        if (issue.redirection() != null) {
            Response.sendRedirect(request, response, callback, issue.statut(), issue.redirection(), true);
        } else {
            ecrire(response, callback, issue.statut(), issue.html());
        }
    }

    private static final String FORMULAIRE_EXPIRE = "Formulaire expiré : recommencez.";

    private static final String SESSION_FINIE = "Votre session a pris fin (30 minutes sans activité, déconnexion, ou "
            + "compte modifié entre-temps) : reconnectez-vous.";

    /**
     * The session of that cookie, if it still stands: its account active and unchanged since the login (same
     * generation), read from the database on every request, whichever process or replica changed it. Else forgotten.
     */
    private Optional<AdminSessions.SessionAdmin> sessionEnVigueur(String id) {
        Optional<AdminSessions.SessionAdmin> session = sessions.trouver(id);
        if (session.isPresent() && comptes.etat(session.get().login())
                .filter(etat -> etat.generation() == session.get().generation()).isEmpty()) {
            sessions.fermer(id);
            return Optional.empty();
        }
        return session;
    }

    /** Each profile's home page: the dashboard when the profile has it, else the accounts (administrators). */
    static String accueil(java.util.Set<Profil> profils) {
        return Droit.TABLEAU_DE_BORD.accordePar(profils) || !Droit.COMPTES.accordePar(profils) ? "/admin" : "/admin/comptes";
    }

    private void page(String chemin, boolean post, AdminSessions.SessionAdmin s, Request request, Response response,
            Callback callback) throws IOException {
        Map<String, String> champs = post ? formulaire(request) : Map.of();
        if (post && !egal(champs.get("csrf"), s.jetonCsrf())) {
            ecrire(response, callback, 403, message("Requête refusée", Barre.de(s), "Ce formulaire a expiré (page "
                    + "ouverte avant une nouvelle connexion, ou jeton absent) : rechargez la page et recommencez."));
            return;
        }
        switch (chemin) {
            case "/admin" -> {
                if (!Droit.TABLEAU_DE_BORD.accordePar(s.profils()) && Droit.COMPTES.accordePar(s.profils())) {
                    Response.sendRedirect(request, response, callback, 303, accueil(s.profils()), true);
                } else if (!Droit.TABLEAU_DE_BORD.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else {
                    ecrire(response, callback, 200, tableauDeBord(s));
                }
            }
            case "/admin/deconnexion" -> {
                if (post) {
                    sessions.fermer(s.id());
                    connexions.deconnecter(s.login(), adresse(request));
                    Response.replaceCookie(response, cookieSession("", 0, request.isSecure()));
                    Response.sendRedirect(request, response, callback, 303, "/admin/connexion", true);
                } else {
                    ecrire(response, callback, 405, message("Méthode non permise", Barre.de(s), "Cette adresse reçoit un formulaire : revenez à la page précédente."));
                }
            }
            case "/admin/tester-connecteur", "/admin/remontees/rejouer" -> {
                if (!post) {
                    ecrire(response, callback, 405, message("Méthode non permise", Barre.de(s), "Cette adresse reçoit un formulaire : revenez à la page précédente."));
                } else if (!Droit.EXPLOITATION.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else {
                    if (chemin.equals("/admin/tester-connecteur")) {
                        handshake.tester("admin:" + s.login());
                    } else if (champs.containsKey("id")) {
                        rejouer(champs.get("id"));
                    } else {
                        remontees.rejouerEchecs();
                    }
                    Response.sendRedirect(request, response, callback, 303,
                            "/admin/remontees".equals(champs.get("retour")) ? "/admin/remontees" : "/admin", true);
                }
            }
            case "/admin/dossier" -> {
                if (!Droit.DOSSIERS.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else {
                    ecrire(response, callback, 200, gestion.recherche(requete(request), Barre.de(s)));
                }
            }
            case "/admin/exports/pegase", "/admin/exports/apogee" -> {
                if (!post) {
                    ecrire(response, callback, 405, message("Méthode non permise", Barre.de(s), "Cette adresse reçoit un formulaire : revenez à la page précédente."));
                } else if (!Droit.EXPLOITATION.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else {
                    String quoi = chemin.substring("/admin/exports/".length());
                    byte[] zip = exportsConsole.exporter(quoi);
                    comptes.exportTelecharge(s.login(), quoi, adresse(request));
                    telecharger(response, callback, "application/zip", "export-" + quoi + "-"
                            + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")) + ".zip", zip);
                }
            }
            case "/admin/journal", "/admin/journal.csv", "/admin/remontees", "/admin/remontees.csv" -> {
                if (!Droit.TABLEAU_DE_BORD.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else if (chemin.equals("/admin/journal")) {
                    ecrire(response, callback, 200, pageJournal.page(requete(request), Barre.de(s)));
                } else if (chemin.equals("/admin/remontees")) {
                    ecrire(response, callback, 200, pageRemontees.page(requete(request), Barre.de(s)));
                } else {
                    boolean journal = chemin.equals("/admin/journal.csv");
                    String contenu = journal ? pageJournal.csv(requete(request)) : pageRemontees.csv(requete(request));
                    telecharger(response, callback, "text/csv; charset=utf-8", journal ? "journal.csv" : "remontees.csv",
                            contenu.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            case "/admin/recherche" -> {
                if (!Droit.DOSSIERS.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else {
                    ecrire(response, callback, 200, gestion.chercher(requete(request).getOrDefault("q", ""), Barre.de(s)));
                }
            }
            case "/admin/opis", "/admin/opis.csv", "/admin/laissez-passer.csv" -> {
                if (!Droit.DOSSIERS.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else if (chemin.equals("/admin/opis")) {
                    ecrire(response, callback, 200, pageOpis.page(requete(request), Barre.de(s)));
                } else {
                    // Names and birth dates: each download is audited, as the exports are.
                    boolean opis = chemin.equals("/admin/opis.csv");
                    String contenu = opis ? pageOpis.csv(requete(request)) : pageLaissezPasser.csv(requete(request));
                    comptes.exportTelecharge(s.login(), opis ? "opis.csv" : "laissez-passer.csv", adresse(request));
                    telecharger(response, callback, "text/csv; charset=utf-8", opis ? "opis.csv" : "laissez-passer.csv",
                            contenu.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            case "/admin/laissez-passer", "/admin/inscription", "/admin/inscription/annuler" -> {
                // GET /admin/laissez-passer is the list; a POST to it grants or withdraws one, from the dossier page.
                if (!post && !chemin.equals("/admin/laissez-passer")) {
                    ecrire(response, callback, 405, message("Méthode non permise", Barre.de(s), "Cette adresse reçoit un formulaire : revenez à la page précédente."));
                } else if (!Droit.DOSSIERS.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else if (!post) {
                    ecrire(response, callback, 200, pageLaissezPasser.page(requete(request), Barre.de(s)));
                } else if (!"1".equals(champs.get("confirme"))) {
                    ecrire(response, callback, 200, PagesGestion.confirmation(chemin, champs, Barre.de(s)));
                } else {
                    String message = switch (chemin) {
                        case "/admin/inscription" -> gestion.inscription(champs, s.login(), adresse(request));
                        case "/admin/inscription/annuler" -> gestion.annulerInscription(champs, s.login(), adresse(request));
                        default -> gestion.laissezPasser(champs, s.login(), adresse(request));
                    };
                    ecrire(response, callback, 200, gestion.dossier(champs.get("code"), Barre.de(s), message));
                }
            }
            case "/admin/ias-a-annuler", "/admin/ias-a-annuler.csv" -> {
                if (!Droit.IAS_A_ANNULER.accordePar(s.profils())) {
                    interdit(response, callback, s);
                } else if (chemin.endsWith(".csv")) {
                    telecharger(response, callback, "text/csv; charset=utf-8", "ias-a-annuler.csv",
                            gestion.csvAAnnuler(requete(request), adresse(request)).getBytes(StandardCharsets.UTF_8));
                } else if (post && !"1".equals(champs.get("confirme"))) {
                    ecrire(response, callback, 200, PagesGestion.confirmation(chemin, champs, Barre.de(s)));
                } else {
                    String message = post ? gestion.annulerInscription(champs, s.login(), adresse(request)) : null;
                    ecrire(response, callback, 200, gestion.pageAAnnuler(post ? Map.of() : requete(request),
                            adresse(request), Barre.de(s), message));
                }
            }
            default -> {
                PagesComptes.Issue issue = null;
                if (PagesComptes.pourChacun(chemin)) {
                    issue = pagesComptes.moi(chemin, post, champs, s, adresse(request));
                } else if (PagesComptes.pourAdministrateurs(chemin)) {
                    if (!PagesComptes.autorise(s.profils())) {
                        interdit(response, callback, s);
                        return;
                    }
                    issue = pagesComptes.comptes(chemin, post, champs, s, requete(request));
                }
                if (issue != null) {
                    repondre(issue, request, response, callback);
                } else {
                    ecrire(response, callback, 404, message("Page inconnue", Barre.de(s), "Cette page n'existe pas : "
                            + "suivez un lien du menu."));
                }
            }
        }
    }

    /** The caller's address: the connection's, or the forwarded client's when the connection is a trusted proxy's. */
    private String adresse(Request request) {
        return CallerAddress.de(Request.getRemoteAddr(request), request.getHeaders().get("X-Forwarded-For"), proxys);
    }

    private static Map<String, String> requete(Request request) {
        String requete = request.getHttpURI().getQuery();
        return requete == null ? Map.of() : champs(requete);
    }

    private void connecter(Request request, Response response, Callback callback) throws IOException {
        Map<String, String> champs = formulaire(request);
        String attendu = cookie(request, COOKIE_CSRF_CONNEXION);
        if (attendu == null || !egal(champs.get("csrf"), attendu)) {
            formulaireConnexion(request, response, callback, 403, FORMULAIRE_EXPIRE, null, null);
            return;
        }
        try {
            ConnexionsService.Connexion connexion = connexions.connecter(champs.get("login"), champs.get("motDePasse"),
                    champs.get("code"), adresse(request));
            AdminSessions.SessionAdmin session = sessions.ouvrir(connexion.login(), connexion.profils(),
                    connexion.generation());
            Response.addCookie(response, cookieSession(session.id(), AdminSessions.INACTIVITE.toSeconds(),
                    request.isSecure()));
            Response.sendRedirect(request, response, callback, 303, accueil(connexion.profils()), true);
        } catch (TropDeTentativesException e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(e.secondes()));
            formulaireConnexion(request, response, callback, 429, e.getMessage(), null, null);
        } catch (CompteRefuseException e) {
            // The same page whatever the login typed: it is not written back.
            formulaireConnexion(request, response, callback, 401, e.getMessage(), null, null);
        }
    }

    private void formulaireConnexion(Request request, Response response, Callback callback, int statut, String erreur,
            String info, String login) {
        ecrire(response, callback, statut, pagesComptes.connexion(nouveauJetonConnexion(request, response), erreur, info,
                login));
    }

    /** A new CSRF token for the forms of the pages without a session, its cookie set. */
    private static String nouveauJetonConnexion(Request request, Response response) {
        String jeton = aleatoire();
        Response.replaceCookie(response, HttpCookie.build(COOKIE_CSRF_CONNEXION, jeton).path("/admin").httpOnly(true)
                .sameSite(HttpCookie.SameSite.STRICT).secure(request.isSecure()).build());
        return jeton;
    }

    private String tableauDeBord(AdminSessions.SessionAdmin s) {
        String version = AdminHandler.class.getPackage().getImplementationVersion();
        List<TableauDeBordService.Jour> jours = tableau.parJour(CampagneParJour.JOURS, java.time.Clock.systemUTC());
        TableauDeBordService.Etat donnees = tableau.etat(20);
        return Gabarits.rendre("tableau-de-bord.jte", parametres("barre", Barre.de(s), "version",
                version == null ? "(build de développement)" : version, "base", database.produit(), "etat", remontees.etat(),
                "donnees", donnees, "parDecision", barres(donnees.voeuxParDecision()),
                "activite", CampagneParJour.activite(jours), "decisions", CampagneParJour.decisions(jours), "jours", jours));
    }

    /** Active wishes by decision, as horizontal bars. */
    static List<Graphique.Ligne> barres(Map<Decision, Long> parDecision) {
        long max = Math.max(1, parDecision.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Graphique.Ligne> lignes = new java.util.ArrayList<>();
        int y = 10;
        for (Map.Entry<Decision, Long> decision : parDecision.entrySet()) {
            lignes.add(new Graphique.Ligne(decision.getKey().reponse() + " (" + decision.getKey().name() + ")", y,
                    (int) Math.round(300.0 * decision.getValue() / max), decision.getValue()));
            y += 30;
        }
        return lignes;
    }

    /** One failed remontée back in the queue; an id that is not a number or not a failed row changes nothing. */
    private void rejouer(String id) {
        try {
            remontees.rejouer(Long.parseLong(id));
        } catch (NumberFormatException e) {
            LOG.info("Replay of remontée '{}' ignored: not a number", id.length() > 20 ? id.substring(0, 20) : id);
        }
    }

    /** A file to download, never cached: it may hold OPI codes or personal data. */
    private static void telecharger(Response response, Callback callback, String type, String nom, byte[] contenu) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + nom + "\"");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, java.nio.ByteBuffer.wrap(contenu), callback);
    }

    private static void interdit(Response response, Callback callback, AdminSessions.SessionAdmin s) {
        ecrire(response, callback, 403, message("Accès refusé", Barre.de(s), "Votre profil ne donne pas accès à cette "
                + "page."));
    }

    private static String message(String titre, Barre barre, String message) {
        return Gabarits.rendre("message.jte", parametres("titre", titre, "barre", barre, "message", message));
    }

    /** Template parameters by name; a null value stays null (Map.of refuses them). */
    static Map<String, Object> parametres(Object... nomsEtValeurs) {
        Map<String, Object> parametres = new HashMap<>();
        for (int i = 0; i < nomsEtValeurs.length; i += 2) {
            parametres.put((String) nomsEtValeurs[i], nomsEtValeurs[i + 1]);
        }
        return parametres;
    }

    static final String FEUILLE_DE_STYLE = "/admin/static/opi.css";

    /** The console's stylesheet, public (the login page uses it) and cacheable. */
    private static void feuilleDeStyle(Response response, Callback callback) throws IOException {
        byte[] css;
        try (java.io.InputStream entree = AdminHandler.class.getResourceAsStream("/admin-static/opi.css")) {
            css = entree.readAllBytes();
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/css; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=3600");
        response.write(true, ByteBuffer.wrap(css), callback);
    }

    private static void ecrire(Response response, Callback callback, int statut, String html) {
        response.setStatus(statut);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static HttpCookie cookieSession(String valeur, long secondes, boolean securise) {
        return HttpCookie.build(COOKIE_SESSION, valeur).path("/admin").httpOnly(true).secure(securise)
                .sameSite(HttpCookie.SameSite.STRICT).maxAge(secondes).build();
    }

    private static String cookie(Request request, String nom) {
        return Request.getCookies(request).stream().filter(c -> c.getName().equals(nom)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    private static Map<String, String> formulaire(Request request) throws IOException {
        return champs(Content.Source.asString(request, StandardCharsets.UTF_8));
    }

    private static Map<String, String> champs(String corps) {
        Map<String, String> champs = new HashMap<>();
        for (String paire : corps.split("&")) {
            int egal = paire.indexOf('=');
            if (egal > 0) {
                try {
                    champs.put(URLDecoder.decode(paire.substring(0, egal), StandardCharsets.UTF_8),
                            URLDecoder.decode(paire.substring(egal + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new RequeteIllisible(e);
                }
            }
        }
        return champs;
    }

    /** A query or form whose percent-encoding cannot be decoded: the browser's request is at fault, not the service. */
    private static final class RequeteIllisible extends RuntimeException {
        RequeteIllisible(IllegalArgumentException cause) {
            super(cause);
        }
    }

    private static boolean egal(String recu, String attendu) {
        return recu != null && attendu != null && MessageDigest.isEqual(recu.getBytes(StandardCharsets.UTF_8),
                attendu.getBytes(StandardCharsets.UTF_8));
    }

    private static String aleatoire() {
        byte[] octets = new byte[24];
        HASARD.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }
}
