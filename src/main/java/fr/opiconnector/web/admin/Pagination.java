package fr.opiconnector.web.admin;

/**
 * Where a list page stands: its total, the CSV of the same selection, this page of how many, and the links to the
 * previous and next pages (null when there is none), the filters kept in every link.
 */
public record Pagination(long total, String csv, int page, int pages, String precedente, String suivante) {
}
