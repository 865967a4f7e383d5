package fr.opiconnector.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;

/**
 * How the list pages read their filters from the query string: a blank field filters nothing; a value that cannot be
 * read is refused with a French sentence saying what to type, which the page shows instead of the list.
 */
final class Filtres {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A filter that cannot be read; its message is for the person who typed it. */
    static final class Illisible extends Exception {

        Illisible(String message) {
            super(message);
        }
    }

    private Filtres() {
    }

    /** A day typed JJ/MM/AAAA (a day that exists): its first instant in Paris; null when blank. */
    static Instant debutDuJour(String texte) throws Illisible {
        LocalDate jour = jour(texte);
        return jour == null ? null : jour.atStartOfDay(PARIS).toInstant();
    }

    /** A day typed JJ/MM/AAAA: the first instant of the next day in Paris (the end, excluded); null when blank. */
    static Instant finDuJour(String texte) throws Illisible {
        LocalDate jour = jour(texte);
        return jour == null ? null : jour.plusDays(1).atStartOfDay(PARIS).toInstant();
    }

    /** A period whose start is after its end keeps nothing: said rather than listed empty. */
    static void periode(Instant depuis, Instant avant) throws Illisible {
        if (depuis != null && avant != null && !depuis.isBefore(avant)) {
            throw new Illisible("Période vide : la date de début est après la date de fin.");
        }
    }

    private static LocalDate jour(String texte) throws Illisible {
        if (ListePaginee.vide(texte)) {
            return null;
        }
        try {
            return LocalDate.parse(texte.strip(), JOUR);
        } catch (DateTimeParseException e) {
            throw new Illisible("Date invalide « " + texte.strip() + " » : saisissez JJ/MM/AAAA.");
        }
    }

    /** One of a select's values; null when blank. inconnu starts the message, « Décision inconnue » for instance. */
    static <T> T choix(String texte, Map<String, T> valeurs, String inconnu, String attendus) throws Illisible {
        if (ListePaginee.vide(texte)) {
            return null;
        }
        T valeur = valeurs.get(texte.strip());
        if (valeur == null) {
            throw new Illisible(inconnu + " « " + texte.strip() + " » : " + attendus + ".");
        }
        return valeur;
    }

    /** An Apogée étape code (up to 6 letters or digits, any case); null when blank. */
    static String etape(String texte) throws Illisible {
        if (ListePaginee.vide(texte)) {
            return null;
        }
        String etape = texte.strip().toUpperCase(Locale.ROOT);
        if (!etape.matches("[A-Z0-9]{1,6}")) {
            throw new Illisible("Code étape invalide « " + texte.strip() + " » : jusqu'à 6 lettres ou chiffres, par "
                    + "exemple LDR1.");
        }
        return etape;
    }

    /** A VET version (1 to 999); null when blank. */
    static Integer version(String texte) throws Illisible {
        if (ListePaginee.vide(texte)) {
            return null;
        }
        if (!texte.strip().matches("[1-9][0-9]{0,2}")) {
            throw new Illisible("Version de VET invalide « " + texte.strip() + " » : un nombre de 1 à 999.");
        }
        return Integer.valueOf(texte.strip());
    }
}
