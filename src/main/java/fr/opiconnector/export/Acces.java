package fr.opiconnector.export;

import java.util.function.Function;

/** Null-safe reading of the optional blocks of an OPI. */
final class Acces {

    private Acces() {
    }

    /** The value of a block's field, or null when the block is absent. */
    static <B> String de(B bloc, Function<B, String> champ) {
        return bloc == null ? null : champ.apply(bloc);
    }

    static boolean vide(String valeur) {
        return valeur == null || valeur.isBlank();
    }

    /** The first value that is not blank, or null. */
    static String premier(String... valeurs) {
        for (String valeur : valeurs) {
            if (!vide(valeur)) {
                return valeur;
            }
        }
        return null;
    }
}
