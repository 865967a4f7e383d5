package fr.opiconnector.domain;

import jakarta.persistence.Column;
import java.lang.reflect.RecordComponent;
import java.util.OptionalInt;

/**
 * The connector's own length limits, read from the storage columns (@Column length) so that the check and the
 * schema cannot drift apart. A value over its limit is refused rather than truncated.
 */
final class Longueurs {

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
        for (RecordComponent composant : bloc.getClass().getRecordComponents()) {
            Object valeur = Champs.valeur(composant, bloc);
            if (valeur instanceof Record imbrique) {
                verifier(imbrique, imbrique.getClass(), ou + " > " + composant.getName());
            } else if (valeur instanceof String texte) {
                OptionalInt max = longueurMax(stockage, composant.getName());
                if (max.isPresent() && texte.length() > max.getAsInt()) {
                    throw new DonneeInvalideException(composant.getName(), "Le champ " + composant.getName()
                            + " (" + ou + ") compte " + texte.length() + " caractères ; le connecteur en conserve au plus "
                            + max.getAsInt() + ".");
                }
            }
        }
    }

    private static OptionalInt longueurMax(Class<?> stockage, String champ) {
        try {
            Column colonne = stockage.getDeclaredField(champ).getAnnotation(Column.class);
            return colonne == null ? OptionalInt.empty() : OptionalInt.of(colonne.length());
        } catch (NoSuchFieldException e) {
            return OptionalInt.empty();
        }
    }
}
