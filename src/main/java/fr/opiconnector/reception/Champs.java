package fr.opiconnector.reception;

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
        for (Feuille feuille : FEUILLES.get(type)) {
            Object valeur = bloc;
            for (RecordComponent composant : feuille.acces()) {
                valeur = valeur == null ? null : valeur(composant, (Record) valeur);
            }
            champs.put(prefixe.isEmpty() ? feuille.chemin() : prefixe + "." + feuille.chemin(),
                    valeur == null ? null : valeur.toString());
        }
        return champs;
    }

    /** A leaf field of a block: its dotted path and the components to read, from the block down to it. */
    private record Feuille(String chemin, RecordComponent[] acces) {
    }

    /** The leaves of each block type, found once: reflection over the record components costs more than the reads. */
    private static final ClassValue<List<Feuille>> FEUILLES = new ClassValue<>() {
        @Override
        protected List<Feuille> computeValue(Class<?> type) {
            List<Feuille> feuilles = new ArrayList<>();
            feuilles(type, "", new ArrayList<>(), feuilles);
            return List.copyOf(feuilles);
        }
    };

    private static void feuilles(Class<?> type, String prefixe, List<RecordComponent> chemin, List<Feuille> feuilles) {
        for (RecordComponent composant : type.getRecordComponents()) {
            String nom = prefixe.isEmpty() ? composant.getName() : prefixe + "." + composant.getName();
            List<RecordComponent> acces = new ArrayList<>(chemin);
            acces.add(composant);
            if (Record.class.isAssignableFrom(composant.getType())) {
                feuilles(composant.getType(), nom, acces, feuilles);
            } else if (!List.class.isAssignableFrom(composant.getType())) {
                feuilles.add(new Feuille(nom, acces.toArray(RecordComponent[]::new)));
            }
        }
    }

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
