package fr.opiconnector.web.admin;

import java.util.List;
import java.util.Map;

/**
 * What a list page shows around its rows (templates tag/total.jte and tag/pages.jte): how many rows the filters keep,
 * the link to the same selection as CSV, the page shown, and the links to the previous and next pages (null when there
 * is none), each keeping the filters.
 */
public record PagesDeListe(long total, String csv, int page, long nombreDePages, String precedente, String suivante) {

    /** The rows count in words: « 1 ligne », « 55 lignes ». */
    public String libelle() {
        return total + (total == 1 ? " ligne" : " lignes");
    }

    static PagesDeListe de(String chemin, Map<String, String> p, List<String> filtres, int page, long total) {
        long nombreDePages = Math.max(1, (total + ListePaginee.PAR_PAGE - 1) / ListePaginee.PAR_PAGE);
        return new PagesDeListe(total, chemin + ".csv" + ListePaginee.requete(p, filtres, null), page, nombreDePages,
                page > 1 ? chemin + ListePaginee.requete(p, filtres, page - 1) : null,
                (long) page * ListePaginee.PAR_PAGE < total ? chemin + ListePaginee.requete(p, filtres, page + 1) : null);
    }
}
