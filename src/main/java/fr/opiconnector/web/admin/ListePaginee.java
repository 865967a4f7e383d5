package fr.opiconnector.web.admin;

import static fr.opiconnector.web.admin.Html.e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What every list page shares: its filters kept in the links, its pages, its CSV link. */
final class ListePaginee {

    static final int PAR_PAGE = 50;

    private ListePaginee() {
    }

    /** The page asked for, 1 when none or not a number. */
    static int page(Map<String, String> parametres) {
        try {
            return Math.max(1, Integer.parseInt(parametres.getOrDefault("page", "1").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The filters as a query string (only those given), with another page when given. */
    static String requete(Map<String, String> p, List<String> filtres, Integer page) {
        Map<String, String> garder = new LinkedHashMap<>();
        filtres.forEach(c -> {
            if (!vide(p.get(c))) {
                garder.put(c, p.get(c));
            }
        });
        if (page != null) {
            garder.put("page", String.valueOf(page));
        }
        return garder.isEmpty() ? "" : "?" + garder.entrySet().stream().map(c -> c.getKey() + "="
                + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** "N lignes — Exporter en CSV" above a list. */
    static String total(long total, String csv) {
        return "<p id=\"total\">" + total + (total == 1 ? " ligne" : " lignes") + " — <a href=\"" + e(csv)
                + "\">Exporter en CSV</a></p>";
    }

    /** The links to the previous and next pages, the filters kept. */
    static String pages(String chemin, Map<String, String> p, List<String> filtres, int page, long total) {
        StringBuilder nav = new StringBuilder("<nav aria-label=\"Pages\">");
        if (page > 1) {
            nav.append("<a href=\"").append(e(chemin + requete(p, filtres, page - 1))).append("\">Page précédente</a> ");
        }
        nav.append("page ").append(page).append(" sur ").append(Math.max(1, (total + PAR_PAGE - 1) / PAR_PAGE));
        if ((long) page * PAR_PAGE < total) {
            nav.append(" <a href=\"").append(e(chemin + requete(p, filtres, page + 1))).append("\">Page suivante</a>");
        }
        return nav.append("</nav>").toString();
    }

    static String champ(String libelle, String nom, Map<String, String> p) {
        return "<label>" + e(libelle) + " <input name=\"" + nom + "\" value=\"" + e(p.getOrDefault(nom, "")) + "\"></label>";
    }

    static boolean vide(String texte) {
        return texte == null || texte.isBlank();
    }

    static String texte(String texte) {
        return vide(texte) ? null : texte.strip();
    }

    /**
     * A value in a ';'-separated file: the separator and line breaks would change its columns; a value a spreadsheet
     * would read as a formula (starting with = + - @ or a tab, after any spaces) is prefixed with a quote, which keeps it
     * as text.
     */
    static String cellule(Object valeur) {
        if (valeur == null) {
            return "";
        }
        String texte = valeur.toString().replaceAll("[;\\r\\n]", " ");
        return texte.matches("(?s) *[=+\\-@\\t].*") ? "'" + texte : texte;
    }
}
