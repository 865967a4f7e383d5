package fr.opiconnector.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of an unquoted ';'-separated file, built column by column. A value holding ';' or a line break cannot be
 * written in such a file without changing it: the row records the problem (naming the column, not the value) and is
 * not written.
 */
final class LigneCsv extends Ligne<LigneCsv> {

    private final List<String> colonnes = new ArrayList<>();
    private final List<String> valeurs = new ArrayList<>();

    LigneCsv valeur(String colonne, String valeur) {
        String texte = valeur == null ? "" : valeur;
        if (texte.indexOf(';') >= 0) {
            probleme(colonne + " contains a semicolon, which the unquoted format cannot hold");
        }
        if (texte.indexOf('\n') >= 0 || texte.indexOf('\r') >= 0) {
            probleme(colonne + " contains a line break, which the format cannot hold");
        }
        colonnes.add(colonne);
        valeurs.add(texte);
        return this;
    }

    /** A value the target system needs: a blank one is a problem. */
    LigneCsv obligatoire(String colonne, String valeur) {
        if (Acces.vide(valeur)) {
            probleme(colonne + " is missing");
        }
        return valeur(colonne, valeur);
    }

    @Override
    LigneCsv soi() {
        return this;
    }

    /** The row, checked against the file's header: the columns must be exactly those, in that order. */
    String texte(List<String> entete) {
        if (!colonnes.equals(entete)) {
            throw new IllegalStateException("row columns " + colonnes + " differ from the header " + entete);
        }
        return String.join(";", valeurs);
    }
}
