package fr.opiconnector.web.admin;

import static fr.opiconnector.web.admin.Html.e;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.CompteRefuseException;
import fr.opiconnector.securite.ComptesService;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts page (profile administrateur): the list, a new account with its TOTP enrolment, rights, deactivation,
 * unlocking.
 */
final class PageComptes {

    private final ComptesService comptes;

    PageComptes(ComptesService comptes) {
        this.comptes = comptes;
    }

    String liste(AdminSessions.SessionAdmin s, String message) {
        StringBuilder corps = new StringBuilder();
        if (message != null) {
            corps.append(message);
        }
        corps.append("<table id=\"comptes\"><tr><th>Identifiant</th><th>Adresse</th><th>Profils</th><th>État</th>"
                + "<th>Dernière connexion</th><th></th></tr>");
        for (ComptesService.CompteVue c : comptes.lister()) {
            corps.append("<tr><td>").append(e(c.login())).append("</td><td>").append(e(c.email())).append("</td><td>")
                    .append(formulaireProfils(c, s)).append("</td><td>").append(c.actif() ? "actif" : "désactivé")
                    .append(c.verrouilleJusqua() == null ? "" : ", verrouillé jusqu'à " + Affichage.heure(c.verrouilleJusqua()))
                    .append("</td><td>").append(c.derniereConnexion() == null ? "jamais" : Affichage.heure(c.derniereConnexion()))
                    .append("</td><td>").append(c.actif() ? formulaire("/admin/comptes/desactiver", c.login(),
                            "Désactiver", "", s) : "")
                    .append(c.verrouilleJusqua() == null ? "" : formulaire("/admin/comptes/deverrouiller", c.login(),
                            "Déverrouiller", "", s)).append("</td></tr>");
        }
        corps.append("</table><h2>Nouveau compte</h2><form method=\"post\" action=\"/admin/comptes\">")
                .append(jeton(s)).append("<p><label>Identifiant <input name=\"login\" required></label></p>")
                .append("<p><label>Adresse électronique personnelle <input name=\"email\" type=\"email\" required></label></p>")
                .append(casesProfils(Set.of()))
                .append("<p><label>Mot de passe initial (12 caractères au moins) <input name=\"motDePasse\" "
                        + "type=\"password\" autocomplete=\"new-password\" required></label></p>")
                .append("<p><button type=\"submit\">Créer le compte</button></p></form>");
        return corps.toString();
    }

    /** Creates an account; on success the enrolment of its second factor, shown this once. */
    String creer(Map<String, String> champs, AdminSessions.SessionAdmin s) {
        try {
            ComptesService.NouveauCompte compte = comptes.ajouter(champs.get("login"), champs.get("email"),
                    profils(champs), champs.get("motDePasse"), s.login());
            return liste(s, "<section id=\"enrolement\"><p class=\"ok\">Compte " + e(compte.login()) + " créé. Son "
                    + "titulaire enregistre ce code dans son application d'authentification (affiché une seule fois) :</p>"
                    + qr(compte.uriTotp()) + "<p>Clé : <code>" + e(compte.secretTotp()) + "</code></p></section>");
        } catch (CompteRefuseException e) {
            return liste(s, "<p class=\"ko\" id=\"erreur\">" + e(e.getMessage()) + "</p>");
        }
    }

    String changerProfils(Map<String, String> champs, AdminSessions.SessionAdmin s) {
        return modifier(champs, s, login -> comptes.changerProfils(login, profils(champs), s.login()), "Profils de %s modifiés.");
    }

    String desactiver(Map<String, String> champs, AdminSessions.SessionAdmin s) {
        return modifier(champs, s, login -> comptes.desactiver(login, s.login()), "Compte %s désactivé.");
    }

    /** Lifts a lock at its owner's request (the owner is sure it was not someone else who tried). */
    String deverrouiller(Map<String, String> champs, AdminSessions.SessionAdmin s) {
        return modifier(champs, s, login -> comptes.deverrouiller(login, s.login()), "Compte %s déverrouillé.");
    }

    private interface Modification {
        void appliquer(String login) throws CompteRefuseException;
    }

    /** A change of the account the form names; the list again, with what happened (%s: the login). */
    private String modifier(Map<String, String> champs, AdminSessions.SessionAdmin s, Modification modification,
            String reussite) {
        try {
            modification.appliquer(champs.getOrDefault("login", ""));
            return liste(s, "<p class=\"ok\">" + String.format(reussite, e(champs.get("login"))) + "</p>");
        } catch (CompteRefuseException e) {
            return liste(s, "<p class=\"ko\" id=\"erreur\">" + e(e.getMessage()) + "</p>");
        }
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

    private static String formulaireProfils(ComptesService.CompteVue c, AdminSessions.SessionAdmin s) {
        return formulaire("/admin/comptes/profils", c.login(), "Modifier", casesProfils(c.profils()), s);
    }

    private static String casesProfils(Set<Profil> coches) {
        return EnumSet.allOf(Profil.class).stream().map(p -> "<label><input type=\"checkbox\" name=\"profil-" + p.code()
                + "\"" + (coches.contains(p) ? " checked" : "") + "> " + p.code() + "</label>")
                .collect(Collectors.joining(" "));
    }

    private static String formulaire(String action, String login, String bouton, String champs,
            AdminSessions.SessionAdmin s) {
        return "<form method=\"post\" action=\"" + action + "\">" + jeton(s) + "<input type=\"hidden\" name=\"login\" "
                + "value=\"" + e(login) + "\">" + champs + " <button type=\"submit\">" + e(bouton) + "</button></form>";
    }

    private static String jeton(AdminSessions.SessionAdmin s) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + e(s.jetonCsrf()) + "\">";
    }

    /** The otpauth URI as a QR code, drawn as SVG squares on the server. */
    static String qr(String uri) {
        BitMatrix matrice;
        try {
            matrice = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException("an otpauth URI always fits in a QR code", e);
        }
        int cote = matrice.getWidth();
        StringBuilder svg = new StringBuilder("<svg id=\"qr-totp\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(cote * 5).append("\" height=\"").append(cote * 5).append("\" viewBox=\"0 0 ").append(cote)
                .append(' ').append(cote).append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                        + "fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < cote; y++) {
            for (int x = 0; x < cote; x++) {
                if (matrice.get(x, y)) {
                    svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return svg.append("\"/></svg>").toString();
    }
}
