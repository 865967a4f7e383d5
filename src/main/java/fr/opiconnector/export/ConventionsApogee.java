package fr.opiconnector.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the Apogée clients write names (eCandidat's {@code cleanForSiScolWS}): upper case, accents and other
 * diacritics removed, the ligatures Œ and Æ spelt out. The stored data keep their accents; only the files carry this.
 */
final class ConventionsApogee {

    private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");

    private ConventionsApogee() {
    }

    static String nom(String valeur) {
        if (valeur == null) {
            return null;
        }
        String sansLigatures = valeur.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        return DIACRITIQUES.matcher(Normalizer.normalize(sansLigatures, Normalizer.Form.NFD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
    }
}
