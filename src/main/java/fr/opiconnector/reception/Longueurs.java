package fr.opiconnector.reception;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The connector's own length limits, read from the storage columns (@Column length) so that the check and the
 * schema cannot drift apart. A value over its limit is refused rather than truncated.
 */
final class Longueurs {

    /** The column lengths of each storage class, by field name, read once. */
    private static final ClassValue<Map<String, Integer>> LONGUEURS = new ClassValue<>() {
        @Override
        protected Map<String, Integer> computeValue(Class<?> stockage) {
            Map<String, Integer> longueurs = new HashMap<>();
            for (Field champ : stockage.getDeclaredFields()) {
                Column colonne = champ.getAnnotation(Column.class);
                if (colonne != null) {
                    longueurs.put(champ.getName(), colonne.length());
                }
            }
            return Map.copyOf(longueurs);
        }
    };

    private Longueurs() {
    }

    /**
     * Checks every text field of a block and of its nested blocks.
     *
     * @param stockage the class whose fields carry the columns of the block's components (the block itself for an
     *                 embeddable; the entity for a block that is mapped field by field)
     * @param ou       where the block is, for the message ("adresseFixe", "vœu n°2")
     */
    @SuppressWarnings("unchecked")
    static void verifier(Record bloc, Class<?> stockage, String ou) {
        if (bloc == null) {
            return;
        }
        for (RecordComponent composant : Champs.composants(bloc.getClass())) {
            Object valeur = Champs.valeur(composant, bloc);
            if (valeur instanceof Record imbrique) {
                verifier(imbrique, imbrique.getClass(), ou + " > " + composant.getName());
            } else if (valeur instanceof String texte) {
                Integer max = LONGUEURS.get(stockage).get(composant.getName());
                if (max != null && texte.length() > max) {
                    throw new DonneeInvalideException(composant.getName(), "Le champ " + composant.getName()
                            + " (" + ou + ") compte " + texte.length() + " caractères ; le connecteur en conserve au plus "
                            + max + ".");
                }
            }
        }
    }
}
