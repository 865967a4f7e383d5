package fr.opiconnector.reception;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field-by-field view of the OPI blocks (records) for reading: flattening to dotted paths, emptiness. The fields and
 * their order are those of {@link Colonnes}, so that what a dossier shows, the history and the payload hash agree.
 */
public final class Champs {

    private Champs() {
    }

    /** The record itself, or null when every field in it (nested blocks included) is null. */
    public static <R extends Record> R nullSiVide(R bloc) {
        return bloc == null || vide(bloc) ? null : bloc;
    }

    private static boolean vide(Record bloc) {
        for (RecordComponent composant : COMPOSANTS.get(bloc.getClass())) {
            Object valeur = valeur(composant, bloc);
            if (valeur instanceof Record imbrique ? !vide(imbrique) : valeur != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The components of each record type, found once, their accessors made accessible: a checked reflective call
     * re-verifies access whenever its caller changes, which cost several percent of a call.
     */
    private static final ClassValue<RecordComponent[]> COMPOSANTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] composants = type.getRecordComponents();
            for (RecordComponent composant : composants) {
                composant.getAccessor().setAccessible(true);
            }
            return composants;
        }
    };

    /** The components of a record type, in order; read them with {@link #valeur}. */
    static RecordComponent[] composants(Class<?> type) {
        return COMPOSANTS.get(type);
    }

    /** Every field of a block as "prefix.field" → value as text; a null block gives null values. */
    public static Map<String, String> aplatir(String prefixe, Class<? extends Record> type, Record bloc) {
        List<Colonnes.Champ> champs = Colonnes.de(type);
        Map<String, String> aplati = new LinkedHashMap<>();
        for (Colonnes.Champ champ : champs) {
            aplati.put(prefixe.isEmpty() ? champ.chemin() : prefixe + "." + champ.chemin(),
                    Colonnes.texte(bloc == null ? null : champ.valeur(bloc)));
        }
        return aplati;
    }

    /** The value of a record component (records are public, their accessors cannot fail). */
    static Object valeur(RecordComponent composant, Record bloc) {
        try {
            return composant.getAccessor().invoke(bloc);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + composant.getName(), e);
        }
    }
}
