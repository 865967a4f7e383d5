package fr.opiconnector.reception;

import java.util.ArrayList;
import java.util.List;

/**
 * The field values of an OPI, read once per call in {@link Colonnes} order: the individual's ({@link Colonnes#INDIVIDU})
 * and each wish's ({@link Colonnes#VOEU}), in the order the call sends the wishes. The payload hash, the comparison
 * with the stored rows, the history and the statements all read these arrays.
 */
public record ValeursOpi(Object[] individu, List<Object[]> voeux) {

    public static ValeursOpi de(Opi opi) {
        List<Object[]> voeux = new ArrayList<>(opi.voeux().size());
        for (VoeuOpi voeu : opi.voeux()) {
            voeux.add(Colonnes.valeurs(Colonnes.VOEU, voeu));
        }
        return new ValeursOpi(Colonnes.valeurs(Colonnes.INDIVIDU, opi.individu()), List.copyOf(voeux));
    }
}
