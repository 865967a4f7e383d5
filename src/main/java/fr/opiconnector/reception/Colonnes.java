package fr.opiconnector.reception;

import fr.opiconnector.reception.DonneesIndividu;

import fr.opiconnector.reception.VoeuOpi;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields of the individual's and the wish's data, each with its column, derived from their records the way the
 * entity mapping derives them: one column per field, a nested block's name as prefix, snake case (adresseFixe.codBdi →
 * adresse_fixe_cod_bdi). Found once per record type; an OPI's values are read once per call, as an array in this
 * order, and that array is what the payload hash, the comparison with the stored row, the history and the statements
 * all use ({@link EcritureOpi}).
 */
public final class Colonnes {

    /** The fields of each record type, found once. */
    private static final ClassValue<List<Champ>> CHAMPS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected List<Champ> computeValue(Class<?> type) {
            return champs((Class<? extends Record>) type);
        }
    };

    /** Every field of DonneesIndividu, cod_opi_int_epo included. */
    public static final List<Champ> INDIVIDU = de(DonneesIndividu.class);
    /** The fields of an individual an update may change (all but the OPI code). */
    static final List<Champ> INDIVIDU_MODIFIABLES = sauf(INDIVIDU, "codOpiIntEpo");
    static final int[] POSITIONS_INDIVIDU_MODIFIABLES = positions(INDIVIDU, INDIVIDU_MODIFIABLES);
    /** Every field of VoeuOpi. */
    public static final List<Champ> VOEU = de(VoeuOpi.class);
    /** The fields of a wish an update may change (all but its key). */
    static final List<Champ> VOEU_MODIFIABLES = sauf(VOEU, "codCge", "codEtp", "codVrsVet");
    static final int[] POSITIONS_VOEU_MODIFIABLES = positions(VOEU, VOEU_MODIFIABLES);

    /** The fields of a record type whose leaves are all String or Integer. */
    public static List<Champ> de(Class<? extends Record> type) {
        return CHAMPS.get(type);
    }

    /** The position of a field in its type's list, by its dotted path. */
    static int position(List<Champ> champs, String chemin) {
        for (int i = 0; i < champs.size(); i++) {
            if (champs.get(i).chemin().equals(chemin)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field " + chemin);
    }

    private Colonnes() {
    }

    /** One field: its dotted path, its column, its type (String or Integer) and the accessors that lead to it. */
    public record Champ(String chemin, String colonne, Class<?> type, List<Method> acces) {

        Object valeur(Record racine) {
            Object valeur = racine;
            for (Method accesseur : acces) {
                if (valeur == null) {
                    return null;
                }
                try {
                    valeur = accesseur.invoke(valeur);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + chemin, e);
                }
            }
            return valeur;
        }

        void lier(PreparedStatement requete, int index, Object valeur) throws SQLException {
            if (valeur == null) {
                requete.setNull(index, type == Integer.class ? Types.INTEGER : Types.VARCHAR);
            } else if (valeur instanceof Integer entier) {
                requete.setInt(index, entier);
            } else {
                requete.setString(index, (String) valeur);
            }
        }

        Object lire(ResultSet ligne, int index) throws SQLException {
            return type == Integer.class ? ligne.getObject(index, Integer.class) : ligne.getString(index);
        }
    }

    /** The values of a record, in the order of its fields. */
    public static Object[] valeurs(List<Champ> champs, Record bloc) {
        Object[] valeurs = new Object[champs.size()];
        for (int i = 0; i < valeurs.length; i++) {
            valeurs[i] = champs.get(i).valeur(bloc);
        }
        return valeurs;
    }

    /** Some values of a full row of values, by their positions in it. */
    static Object[] extraire(Object[] valeurs, int[] positions) {
        Object[] extraites = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
            extraites[i] = valeurs[positions[i]];
        }
        return extraites;
    }

    /** Binds values from the given parameter index on; returns the next free index. */
    public static int lier(List<Champ> champs, PreparedStatement requete, int index, Object[] valeurs) throws SQLException {
        for (int i = 0; i < valeurs.length; i++) {
            champs.get(i).lier(requete, index++, valeurs[i]);
        }
        return index;
    }

    /** Reads values from the given column index on. */
    static Object[] lire(List<Champ> champs, ResultSet ligne, int index) throws SQLException {
        Object[] valeurs = new Object[champs.size()];
        for (int i = 0; i < valeurs.length; i++) {
            valeurs[i] = champs.get(i).lire(ligne, index + i);
        }
        return valeurs;
    }

    /** A field that differs between two rows of values, as a history row records it (values as text). */
    record Difference(String champ, String avant, String apres) {
    }

    static List<Difference> differences(List<Champ> champs, Object[] avant, Object[] apres) {
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < avant.length; i++) {
            if (!Objects.equals(avant[i], apres[i])) {
                differences.add(new Difference(champs.get(i).chemin(), texte(avant[i]), texte(apres[i])));
            }
        }
        return differences;
    }

    /** "a, b, c" */
    public static String noms(List<Champ> champs) {
        return champs.stream().map(Champ::colonne).collect(Collectors.joining(", "));
    }

    /** "a = ?, b = ?, c = ?" */
    static String affectations(List<Champ> champs) {
        return champs.stream().map(c -> c.colonne() + " = ?").collect(Collectors.joining(", "));
    }

    /** "?, ?, ?" for n parameters. */
    public static String parametres(int nombre) {
        return String.join(", ", Collections.nCopies(nombre, "?"));
    }

    static String texte(Object valeur) {
        return valeur == null ? null : valeur.toString();
    }

    private static List<Champ> champs(Class<? extends Record> type) {
        List<Champ> champs = new ArrayList<>();
        ajouter(champs, "", type, List.of());
        return List.copyOf(champs);
    }

    @SuppressWarnings("unchecked")
    private static void ajouter(List<Champ> champs, String prefixe, Class<? extends Record> type, List<Method> acces) {
        for (RecordComponent composant : type.getRecordComponents()) {
            String chemin = prefixe.isEmpty() ? composant.getName() : prefixe + "." + composant.getName();
            List<Method> jusquIci = new ArrayList<>(acces);
            Method accesseur = composant.getAccessor();
            accesseur.setAccessible(true); // no access check on each read (see Champs)
            jusquIci.add(accesseur);
            Class<?> genre = composant.getType();
            if (Record.class.isAssignableFrom(genre)) {
                ajouter(champs, chemin, (Class<? extends Record>) genre, jusquIci);
            } else if (genre == String.class || genre == Integer.class) {
                champs.add(new Champ(chemin, colonne(chemin), genre, List.copyOf(jusquIci)));
            } else {
                throw new IllegalStateException(chemin + ": a " + genre.getSimpleName() + " field has no column rule here");
            }
        }
    }

    /** etatCivil.libNomPatIndOpi → etat_civil_lib_nom_pat_ind_opi (digits stay attached: codSpe1BacTer → cod_spe1_bac_ter). */
    static String colonne(String chemin) {
        StringBuilder colonne = new StringBuilder(chemin.length() + 8);
        for (char c : chemin.toCharArray()) {
            if (c == '.') {
                colonne.append('_');
            } else if (Character.isUpperCase(c)) {
                colonne.append('_').append(Character.toLowerCase(c));
            } else {
                colonne.append(c);
            }
        }
        return colonne.toString();
    }

    private static int[] positions(List<Champ> tous, List<Champ> champs) {
        return champs.stream().mapToInt(tous::indexOf).toArray();
    }

    private static List<Champ> sauf(List<Champ> champs, String... chemins) {
        List<String> exclus = List.of(chemins);
        return champs.stream().filter(c -> !exclus.contains(c.chemin())).toList();
    }
}
