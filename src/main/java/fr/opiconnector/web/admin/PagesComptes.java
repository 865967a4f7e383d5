package fr.opiconnector.web.admin;

import static fr.opiconnector.web.admin.AdminHandler.parametres;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import fr.opiconnector.securite.Audit;
import fr.opiconnector.securite.CompteRefuseException;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.securite.ConnexionsService;
import fr.opiconnector.securite.Droit;
import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.TropDeTentativesException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The account pages, as jte templates through the layout. Public (CSRF by the login form's cookie, checked by
 * {@link AdminHandler}): the activation of a new or reset account by its owner (password, then second factor), the
 * requests for an e-mailed login code and unlock link, and the login through an unlock link. With a session: the
 * owner's own page (information, password, second factor) for every profile, and for administrators the accounts
 * (create, profiles, unlock, deactivate, reactivate, reset) and their audit.
 */
final class PagesComptes {

    static final int PAR_PAGE = 50;

    /** What a page answers: a status and HTML, or a redirection; a new session to set (after a login or a change). */
    record Issue(int statut, String html, String redirection, AdminSessions.SessionAdmin session, Long reessayerDans) {

        static Issue page(int statut, String html) {
            return new Issue(statut, html, null, null, null);
        }

        static Issue vers(String lieu, AdminSessions.SessionAdmin session) {
            return new Issue(303, null, lieu, session, null);
        }
    }

    private final ComptesService comptes;
    private final ConnexionsService connexions;
    private final AdminSessions sessions;

    PagesComptes(ComptesService comptes, ConnexionsService connexions, AdminSessions sessions) {
        this.comptes = comptes;
        this.connexions = connexions;
        this.sessions = sessions;
    }

    /** The pages anyone may open (the holder of a link, or the login form's buttons). */
    static boolean publique(String chemin) {
        return chemin.equals("/admin/activation") || chemin.equals("/admin/activation/confirmer")
                || chemin.equals("/admin/connexion/code") || chemin.equals("/admin/connexion/deverrouillage")
                || chemin.equals(ConnexionsService.CHEMIN_DEVERROUILLAGE);
    }

    /** The login page (with the e-mail buttons when e-mail can be sent). */
    String connexion(String csrf, String erreur, String info, String login) {
        return Gabarits.rendre("connexion.jte", parametres("jeton", csrf, "erreur", erreur, "info", info, "login",
                login == null ? "" : login, "courriel", comptes.courrielPossible()));
    }

    /** A public page; {@code csrf} is the token of the form the answer carries (its cookie is set by the caller). */
    Issue publique(String chemin, boolean post, Map<String, String> champs, String csrf, String adresse) {
        switch (chemin) {
            case "/admin/connexion/code", "/admin/connexion/deverrouillage" -> {
                if (!post) {
                    return Issue.vers("/admin/connexion", null);
                }
                String login = champs.getOrDefault("login", "");
                try {
                    String info = chemin.endsWith("/code") ? connexions.demanderCode(login, adresse)
                            : connexions.demanderDeverrouillage(login, adresse);
                    return Issue.page(200, connexion(csrf, null, info, login));
                } catch (TropDeTentativesException e) {
                    return new Issue(429, connexion(csrf, e.getMessage(), null, login), null, null, e.secondes());
                }
            }
            case ConnexionsService.CHEMIN_DEVERROUILLAGE -> {
                String jeton = champs.getOrDefault("jeton", "");
                if (!post) {
                    return connexions.lienDeverrouillageValide(jeton)
                            ? Issue.page(200, deverrouillage(csrf, jeton, null, null))
                            : Issue.page(410, deverrouillage(csrf, null, null, LIEN_DEVERROUILLAGE_INVALIDE));
                }
                try {
                    ConnexionsService.Connexion connexion = connexions.connecterMalgreVerrou(jeton,
                            champs.get("motDePasse"), champs.get("code"), adresse);
                    return Issue.vers(AdminHandler.accueil(connexion.profils()), sessions.ouvrir(connexion.login(),
                            connexion.profils(), connexion.generation()));
                } catch (TropDeTentativesException e) {
                    return new Issue(429, deverrouillage(csrf, jeton, e.getMessage(), null), null, null, e.secondes());
                } catch (CompteRefuseException e) {
                    return connexions.lienDeverrouillageValide(jeton)
                            ? Issue.page(401, deverrouillage(csrf, jeton, e.getMessage(), null))
                            : Issue.page(410, deverrouillage(csrf, null, null, LIEN_DEVERROUILLAGE_INVALIDE));
                }
            }
            default -> {
                return activation(chemin, post, champs, csrf, adresse);
            }
        }
    }

    static final String LIEN_DEVERROUILLAGE_INVALIDE = "Ce lien de déverrouillage n'est pas (ou plus) valable : il a "
            + "déjà servi ou il a expiré (une heure). Demandez-en un autre depuis la page de connexion, ou attendez la fin "
            + "du verrouillage (15 minutes).";

    private static String deverrouillage(String csrf, String jeton, String erreur, String message) {
        return Gabarits.rendre("deverrouillage.jte", parametres("csrf", csrf, "lien", jeton, "erreur", erreur,
                "message", message));
    }

    private Issue activation(String chemin, boolean post, Map<String, String> champs, String csrf, String adresse) {
        String jeton = champs.getOrDefault("jeton", "");
        ComptesService.Activation activation;
        try {
            activation = comptes.activation(jeton);
        } catch (CompteRefuseException e) {
            return Issue.page(410, Gabarits.rendre("activation.jte", parametres("csrf", csrf, "message", e.getMessage())));
        }
        Map<String, Object> page = parametres("csrf", csrf, "lien", jeton, "login", activation.login(), "nom",
                activation.nom(), "courriel", activation.courrielPossible());
        if (!post) {
            return Issue.page(200, Gabarits.rendre("activation.jte", page));
        }
        if (chemin.equals("/admin/activation")) {
            try {
                page.put("encours", VuesComptes.EnCours.de(comptes.choisirActivation(jeton, champs.get("motDePasse"),
                        champs.get("confirmation"), champs.get("facteur"), adresse)));
                return Issue.page(200, Gabarits.rendre("activation.jte", page));
            } catch (CompteRefuseException e) {
                page.put("erreur", e.getMessage());
                return Issue.page(400, Gabarits.rendre("activation.jte", page));
            }
        }
        try {
            comptes.confirmerActivation(jeton, champs.get("code"), adresse);
            return Issue.vers("/admin/connexion?active=1", null);
        } catch (CompteRefuseException e) {
            page.put("erreur", e.getMessage());
            comptes.enrolementActivation(jeton).ifPresent(en -> page.put("encours", VuesComptes.EnCours.de(en)));
            return Issue.page(400, Gabarits.rendre("activation.jte", page));
        }
    }

    static final String ACTIVE = "Votre compte est activé. Connectez-vous avec votre mot de passe et un nouveau code "
            + "de votre second facteur.";

    // ----- With a session -----

    /** The owner's own page and its forms (every profile). */
    Issue moi(String chemin, boolean post, Map<String, String> champs, AdminSessions.SessionAdmin s, String adresse) {
        if (!post) {
            return chemin.equals("/admin/moi") ? Issue.page(200, pageMoi(s, null, null, null)) : Issue.vers("/admin/moi", null);
        }
        try {
            switch (chemin) {
                case "/admin/moi" -> {
                    comptes.modifierInformations(s.login(), champs.get("nom"), champs.get("email"), champs.get("telephone"),
                            champs.get("motDePasseActuel"), adresse);
                    return Issue.page(200, pageMoi(s, null, "Vos informations sont enregistrées.", null));
                }
                case "/admin/moi/mot-de-passe" -> {
                    int generation = comptes.changerMotDePasse(s.login(), champs.get("actuel"), champs.get("nouveau"),
                            champs.get("confirmation"), adresse);
                    AdminSessions.SessionAdmin nouvelle = renouveler(s, generation);
                    return new Issue(200, pageMoi(nouvelle, null, "Votre mot de passe est changé ; vos autres sessions "
                            + "ont pris fin.", null), null, nouvelle, null);
                }
                case "/admin/moi/second-facteur" -> {
                    ComptesService.Enrolement enrolement = comptes.commencerEnrolement(s.login(),
                            champs.get("motDePasseActuel"), champs.get("facteur"), adresse);
                    return Issue.page(200, pageMoi(s, VuesComptes.EnCours.de(enrolement), null, null));
                }
                case "/admin/moi/second-facteur/confirmer" -> {
                    int generation = comptes.confirmerEnrolement(s.login(), champs.get("code"), adresse);
                    AdminSessions.SessionAdmin nouvelle = renouveler(s, generation);
                    return new Issue(200, pageMoi(nouvelle, null, "Votre nouveau second facteur est enregistré ; vos "
                            + "autres sessions ont pris fin.", null), null, nouvelle, null);
                }
                default -> {
                    return null;
                }
            }
        } catch (CompteRefuseException e) {
            VuesComptes.EnCours encours = chemin.equals("/admin/moi/second-facteur/confirmer")
                    ? comptes.enrolementEnCours(s.login()).map(VuesComptes.EnCours::de).orElse(null) : null;
            return Issue.page(400, pageMoi(s, encours, null, e.getMessage()));
        }
    }

    /** The session goes on under the account's new generation (the others end); the old one is closed. */
    private AdminSessions.SessionAdmin renouveler(AdminSessions.SessionAdmin s, int generation) {
        sessions.fermer(s.id());
        return sessions.ouvrir(s.login(), s.profils(), generation);
    }

    private String pageMoi(AdminSessions.SessionAdmin s, VuesComptes.EnCours encours, String message, String erreur) {
        VuesComptes.Moi moi = comptes.compte(s.login()).map(VuesComptes.Moi::de).orElseThrow();
        return Gabarits.rendre("moi.jte", parametres("barre", Barre.de(s), "moi", moi, "courriel",
                comptes.courrielPossible(), "encours", encours, "message", message, "erreur", erreur));
    }

    /** The accounts page and its actions (administrators). */
    Issue comptes(String chemin, boolean post, Map<String, String> champs, AdminSessions.SessionAdmin s,
            Map<String, String> requete) {
        if (chemin.equals("/admin/comptes/audit")) {
            return Issue.page(200, audit(s, requete));
        }
        if (!post) {
            return chemin.equals("/admin/comptes") ? Issue.page(200, liste(s, null, null, null)) : Issue.vers("/admin/comptes", null);
        }
        String login = champs.getOrDefault("login", "");
        try {
            switch (chemin) {
                case "/admin/comptes" -> {
                    ComptesService.Invitation invitation = comptes.ajouter(login, champs.get("nom"), champs.get("email"),
                            champs.get("telephone"), profils(champs), s.login());
                    return invitation(s, invitation, "Compte " + invitation.login() + " créé");
                }
                case "/admin/comptes/reinitialiser" -> {
                    ComptesService.Invitation invitation = comptes.reinitialiser(login, s.login());
                    return invitation(s, invitation, "Compte " + invitation.login() + " réinitialisé : son mot de passe "
                            + "et son second facteur ne servent plus, ses sessions ont pris fin");
                }
                case "/admin/comptes/profils" -> comptes.changerProfils(login, profils(champs), s.login());
                case "/admin/comptes/desactiver" -> comptes.desactiver(login, s.login());
                case "/admin/comptes/reactiver" -> comptes.reactiver(login, s.login());
                case "/admin/comptes/deverrouiller" -> comptes.deverrouiller(login, s.login());
                default -> {
                    return null;
                }
            }
            String fait = switch (chemin) {
                case "/admin/comptes/profils" -> "Profils de %s modifiés ; ses sessions ont pris fin.";
                case "/admin/comptes/desactiver" -> "Compte %s désactivé ; ses sessions ont pris fin.";
                case "/admin/comptes/reactiver" -> "Compte %s réactivé.";
                default -> "Compte %s déverrouillé.";
            };
            return Issue.page(200, liste(s, String.format(fait, login), null, null));
        } catch (CompteRefuseException e) {
            return Issue.page(400, liste(s, null, e.getMessage(), null));
        }
    }

    private Issue invitation(AdminSessions.SessionAdmin s, ComptesService.Invitation invitation, String fait) {
        if (invitation.envoye()) {
            return Issue.page(200, liste(s, fait + " : un lien d'activation, valable 72 heures, a été envoyé à son "
                    + "adresse électronique.", null, null));
        }
        return Issue.page(200, liste(s, fait + ".", null, new VuesComptes.Lien(invitation.login(), invitation.lien(),
                invitation.raison())));
    }

    private String liste(AdminSessions.SessionAdmin s, String message, String erreur, VuesComptes.Lien lien) {
        return Gabarits.rendre("comptes.jte", parametres("barre", Barre.de(s), "comptes", comptes.lister().stream()
                .map(VuesComptes.LigneCompte::de).toList(), "profils", VuesComptes.CaseProfil.de(Set.of()), "courriel",
                comptes.courrielPossible(), "message", message, "erreur", erreur, "lien", lien));
    }

    private String audit(AdminSessions.SessionAdmin s, Map<String, String> requete) {
        String login = requete.getOrDefault("login", "").strip().toLowerCase(java.util.Locale.ROOT);
        Audit.Evenement evenement = null;
        try {
            String code = requete.getOrDefault("evenement", "");
            evenement = code.isBlank() ? null : Audit.Evenement.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            evenement = null;
        }
        int page;
        try {
            page = Math.max(1, Integer.parseInt(requete.getOrDefault("page", "1").strip()));
        } catch (NumberFormatException e) {
            page = 1;
        }
        ComptesService.PageAudit lignes = comptes.audit(login.isEmpty() ? null : login, evenement, page, PAR_PAGE);
        long pages = Math.max(1, (lignes.total() + PAR_PAGE - 1) / PAR_PAGE);
        return Gabarits.rendre("auditcomptes.jte", parametres("barre", Barre.de(s), "lignes", lignes.lignes().stream()
                .map(VuesComptes.LigneAudit::de).toList(), "evenements", VuesComptes.ChoixEvenement.tous(evenement),
                "login", login, "total", lignes.total(), "page", page, "pages", pages,
                "precedente", page > 1 ? lienAudit(login, evenement, page - 1) : null,
                "suivante", page < pages ? lienAudit(login, evenement, page + 1) : null));
    }

    private static String lienAudit(String login, Audit.Evenement evenement, int page) {
        Map<String, String> p = new LinkedHashMap<>();
        if (!login.isEmpty()) {
            p.put("login", login);
        }
        if (evenement != null) {
            p.put("evenement", evenement.name());
        }
        p.put("page", String.valueOf(page));
        return "/admin/comptes/audit?" + p.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static boolean pourAdministrateurs(String chemin) {
        return chemin.equals("/admin/comptes") || chemin.startsWith("/admin/comptes/");
    }

    static boolean pourChacun(String chemin) {
        return chemin.equals("/admin/moi") || chemin.startsWith("/admin/moi/");
    }

    static boolean autorise(Set<Profil> profils) {
        return Droit.COMPTES.accordePar(profils);
    }

    private static Set<Profil> profils(Map<String, String> champs) {
        Set<Profil> profils = EnumSet.noneOf(Profil.class);
        for (Profil profil : Profil.values()) {
            if ("on".equals(champs.get("profil-" + profil.code()))) {
                profils.add(profil);
            }
        }
        return profils;
    }

    /** The otpauth URI as a QR code: its side in modules and its dark modules as one SVG path (drawn by tag/qr.jte). */
    static VuesComptes.QrCode qr(String uri) {
        BitMatrix matrice;
        try {
            matrice = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException("an otpauth URI always fits in a QR code", e);
        }
        int cote = matrice.getWidth();
        StringBuilder chemin = new StringBuilder();
        for (int y = 0; y < cote; y++) {
            for (int x = 0; x < cote; x++) {
                if (matrice.get(x, y)) {
                    chemin.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return new VuesComptes.QrCode(cote, chemin.toString());
    }
}
