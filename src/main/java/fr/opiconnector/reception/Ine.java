package fr.opiconnector.reception;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The INE (identifiant national étudiant), 11 characters with its key, in one of its three shapes:
 * INE-BEA (10 digits + a key letter, mod 23 over an alphabet without I, O, Q), INE-RNIE (10 base-36 characters
 * + a key digit) and INES (9 digits + 2 letters, no key to check). A run of one repeated digit is never valid.
 */
public final class Ine {

    private static final String ALPHABET_BEA = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final Pattern BEA = Pattern.compile("[0-9]{10}[A-Z]");
    private static final Pattern RNIE = Pattern.compile("[0-9A-Z]{10}[0-9]");
    private static final Pattern INES = Pattern.compile("[0-9]{9}[A-Z]{2}");
    private static final Pattern REPETITION = Pattern.compile("([0-9])\\1{9}.*");
    private static final Pattern LETTRES = Pattern.compile("[A-Z]{10}.*");

    private Ine() {
    }

    public static boolean estValide(String ine) {
        if (ine == null) {
            return false;
        }
        String valeur = ine.toUpperCase(Locale.ROOT);
        if (REPETITION.matcher(valeur).matches()) {
            return false;
        }
        if (BEA.matcher(valeur).matches()) {
            return cleBea(valeur);
        }
        if (RNIE.matcher(valeur).matches()) {
            return !LETTRES.matcher(valeur).matches() && cleRnie(valeur);
        }
        return INES.matcher(valeur).matches();
    }

    private static boolean cleBea(String ine) {
        long nombre = Long.parseLong(ine.substring(0, 10));
        return ine.charAt(10) == ALPHABET_BEA.charAt((int) (nombre % 23));
    }

    private static boolean cleRnie(String ine) {
        int somme = 0;
        for (int i = 0; i < 9; i++) {
            somme += Character.digit(ine.charAt(i), 36) * 6;
        }
        somme += Character.digit(ine.charAt(9), 36);
        return ine.charAt(10) == Character.forDigit(somme % 10, 10);
    }
}
