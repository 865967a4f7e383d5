package fr.opiconnector.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Field-by-field view of the OPI blocks (records): flattening to dotted paths, emptiness, differences.
 * One mechanism for every block, so that history rows, the payload hash and "unchanged" all agree.
 */
public final class Champs {

    private Champs() {
    }

    /** A change of one field: its dotted path, the value before and the value after (null when absent). */
    public record Changement(String champ, String avant, String apres) {
    }

    /** The record itself, or null when every field in it (nested blocks included) is null. */
    public static <R extends Record> R nullSiVide(R bloc) {
        return bloc == null || aplatir("", bloc.getClass(), bloc).values().stream().allMatch(Objects::isNull)
                ? null : bloc;
    }

    /** Every field of a block as "prefix.field" → value as text; a null block gives null values. */
    public static Map<String, String> aplatir(String prefixe, Class<? extends Record> type, Record bloc) {
        Map<String, String> champs = new LinkedHashMap<>();
        aplatir(prefixe, type, bloc, champs);
        return champs;
    }

    @SuppressWarnings("unchecked")
    private static void aplatir(String prefixe, Class<? extends Record> type, Record bloc, Map<String, String> champs) {
        for (RecordComponent composant : type.getRecordComponents()) {
            String chemin = prefixe.isEmpty() ? composant.getName() : prefixe + "." + composant.getName();
            Object valeur = bloc == null ? null : valeur(composant, bloc);
            if (Record.class.isAssignableFrom(composant.getType())) {
                aplatir(chemin, (Class<? extends Record>) composant.getType(), (Record) valeur, champs);
            } else if (!List.class.isAssignableFrom(composant.getType())) {
                champs.put(chemin, valeur == null ? null : valeur.toString());
            }
        }
    }

    /** The fields that differ between two versions of a block of the same type. */
    public static List<Changement> differences(String prefixe, Class<? extends Record> type, Record avant, Record apres) {
        Map<String, String> a = aplatir(prefixe, type, avant);
        Map<String, String> b = aplatir(prefixe, type, apres);
        List<Changement> changements = new ArrayList<>();
        a.forEach((champ, valeurAvant) -> {
            String valeurApres = b.get(champ);
            if (!Objects.equals(valeurAvant, valeurApres)) {
                changements.add(new Changement(champ, valeurAvant, valeurApres));
            }
        });
        return changements;
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
