package fr.opiconnector.export;

import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an Apogée OPI load file: fields of fixed width separated by ':', text padded on the right with spaces,
 * numbers on the left with zeros. A value is never cut or changed: one longer than its width, holding ':' or a line
 * break, or a character ISO-8859-1 cannot encode is a problem (naming the field, not the value) and the line is not
 * written.
 */
final class LigneFixe extends Ligne<LigneFixe> {

    private final List<String> champs = new ArrayList<>();
    private final CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();

    LigneFixe texte(String nom, String valeur, int largeur) {
        String texte = valeur == null ? "" : valeur;
        if (texte.length() > largeur) {
            probleme(nom + " is " + texte.length() + " characters long, the Apogée layout allows " + largeur);
        }
        if (texte.indexOf(':') >= 0) {
            probleme(nom + " contains a colon, the Apogée field separator");
        }
        if (texte.indexOf('\n') >= 0 || texte.indexOf('\r') >= 0) {
            probleme(nom + " contains a line break");
        }
        if (!latin1.canEncode(texte)) {
            probleme(nom + " contains a character ISO-8859-1 cannot encode");
        }
        champs.add(texte.length() >= largeur ? texte : texte + " ".repeat(largeur - texte.length()));
        return this;
    }

    /** A value Apogée needs: a blank one is a problem. */
    LigneFixe obligatoire(String nom, String valeur, int largeur) {
        if (Acces.vide(valeur)) {
            probleme(nom + " is missing");
        }
        return texte(nom, valeur, largeur);
    }

    /** A mandatory number, zero-padded on the left. */
    LigneFixe nombre(String nom, Integer valeur, int largeur) {
        if (valeur == null) {
            probleme(nom + " is missing");
            champs.add(" ".repeat(largeur));
            return this;
        }
        String texte = Integer.toString(valeur);
        if (valeur < 0 || texte.length() > largeur) {
            probleme(nom + " does not fit in " + largeur + " digits");
            champs.add(texte);
            return this;
        }
        champs.add("0".repeat(largeur - texte.length()) + texte);
        return this;
    }

    @Override
    LigneFixe soi() {
        return this;
    }

    /** The fields joined by ':', followed by the given end (ARIA ends wish lines with ':'). */
    String ligne(String fin) {
        return String.join(":", champs) + fin;
    }
}
