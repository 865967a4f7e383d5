package fr.opiconnector.reception;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of an individual as the search compares them: accents and case removed, every word of the birth name,
 * the name in use and the first given name, each preceded by a space, so that "LEFÈVRE-D'ARC Élodie" is found by
 * "lef", "d'arc" or "elo".
 */
public final class NomsRecherche {

    private NomsRecherche() {
    }

    /** Compiled once: the search names are made at each received OPI. */
    private static final Pattern MARQUES = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATEURS = Pattern.compile("[ \\-]+");

    public static String de(EtatCivil etatCivil) {
        if (etatCivil == null) {
            return null;
        }
        String mots = Stream.of(etatCivil.libNomPatIndOpi(), etatCivil.libNomUsuIndOpi(), etatCivil.libPr1IndOpi())
                .filter(Objects::nonNull).map(NomsRecherche::normaliser).flatMap(SEPARATEURS::splitAsStream)
                .filter(m -> !m.isEmpty()).collect(Collectors.joining(" "));
        return mots.isEmpty() ? null : " " + mots;
    }

    /** Upper case, without accents: what the search compares. */
    public static String normaliser(String texte) {
        return MARQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("").toUpperCase(Locale.ROOT).strip();
    }
}
