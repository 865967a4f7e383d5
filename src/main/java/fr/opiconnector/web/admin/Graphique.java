package fr.opiconnector.web.admin;

import java.util.List;

/**
 * A bar chart drawn on the server as SVG (no script): one column per day, each of stacked segments, with a summary in
 * words that screen readers get as its label. The figures themselves are in a table beside it.
 */
public record Graphique(String id, String resume, int largeur, int hauteur, List<Colonne> colonnes,
        List<Legende> legende) {

    /** One day's column: where it stands, its tooltip, its segments from the bottom. */
    public record Colonne(int x, String titre, List<Segment> segments) {
    }

    /** A part of a column: its top, its height, the CSS class that colours it. */
    public record Segment(int y, int hauteur, String classe) {
    }

    /** A horizontal bar: its label, its top, its length, its figure. */
    public record Ligne(String libelle, int y, int largeur, long valeur) {
    }

    /** What a colour means. */
    public record Legende(String libelle, String classe) {
    }
}
