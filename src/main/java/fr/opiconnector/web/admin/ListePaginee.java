package fr.opiconnector.web.admin;

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

    /** Where the list stands on that page: total, CSV link and the neighbouring pages, the filters kept. */
    static Pagination pagination(String chemin, Map<String, String> p, List<String> filtres, int page, long total) {
        int pages = (int) Math.max(1, (total + PAR_PAGE - 1) / PAR_PAGE);
        return new Pagination(total, chemin + ".csv" + requete(p, filtres, null), page, pages,
                page > 1 ? chemin + requete(p, filtres, page - 1) : null,
                (long) page * PAR_PAGE < total ? chemin + requete(p, filtres, page + 1) : null);
    }

    static boolean vide(String texte) {
        return texte == null || texte.isBlank();
    }

    static String texte(String texte) {
        return vide(texte) ? null : texte.strip();
    }

    /**
     * A value in a ';'-separated file: the separator and line breaks would change its columns, and a spreadsheet would
     * run a text that starts like a formula (= + - @), so such a text starts with an apostrophe.
     */
    static String cellule(Object valeur) {
        String texte = valeur == null ? "" : valeur.toString().replaceAll("[;\\r\\n]", " ");
        return !texte.isEmpty() && "=+-@\t".indexOf(texte.charAt(0)) >= 0 ? "'" + texte : texte;
    }
}
