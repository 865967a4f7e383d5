package fr.opiconnector.reception;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What Apogée would have silently altered or dropped, kept whole here and flagged instead: an INE of the wrong
 * shape or key, a value longer than Apogée's column, an Oui-Si wish without its category.
 */
public final class Anomalies {

    public static final String INE_INVALIDE = "INE_INVALIDE";
    public static final String TROP_LONG_POUR_APOGEE = "TROP_LONG_POUR_APOGEE";
    public static final String OUI_SI_SANS_CATEGORIE = "OUI_SI_SANS_CATEGORIE";

    private static final String SEPARATEUR = "; ";

    private Anomalies() {
    }

    public static List<String> individu(DonneesIndividu individu) {
        List<String> anomalies = new ArrayList<>();
        EtatCivil etatCivil = individu.etatCivil();
        if (etatCivil != null) {
            if (etatCivil.codNneIndOpi() != null && !Ine.estValide(etatCivil.codNneIndOpi())) {
                anomalies.add(INE_INVALIDE);
            }
            longueurApogee(anomalies, "libNomPatIndOpi", etatCivil.libNomPatIndOpi(), 30);
            longueurApogee(anomalies, "libNomUsuIndOpi", etatCivil.libNomUsuIndOpi(), 30);
            longueurApogee(anomalies, "libPr1IndOpi", etatCivil.libPr1IndOpi(), 20);
            longueurApogee(anomalies, "libPr2IndOpi", etatCivil.libPr2IndOpi(), 20);
            longueurApogee(anomalies, "libPr3IndOpi", etatCivil.libPr3IndOpi(), 20);
        }
        if (individu.donneesNaissance() != null) {
            longueurApogee(anomalies, "libVilNaiEtuOpi", individu.donneesNaissance().libVilNaiEtuOpi(), 30);
        }
        if (individu.donneesPersonnelles() != null) {
            longueurApogee(anomalies, "adrMailOpi", individu.donneesPersonnelles().adrMailOpi(), 200);
            longueurApogee(anomalies, "numTelPorOpi", individu.donneesPersonnelles().numTelPorOpi(), 15);
        }
        return anomalies;
    }

    public static List<String> voeu(VoeuOpi voeu) {
        return voeu(voeu.codDecVeu(), voeu.codCatOuiSi());
    }

    /** The anomalies of a wish with that decision and Oui-Si category. */
    static List<String> voeu(String codDecVeu, String codCatOuiSi) {
        List<String> anomalies = new ArrayList<>();
        if (Decision.S.name().equals(codDecVeu) && codCatOuiSi == null) {
            anomalies.add(OUI_SI_SANS_CATEGORIE);
        }
        return anomalies;
    }

    private static void longueurApogee(List<String> anomalies, String champ, String valeur, int longueurApogee) {
        if (valeur != null && valeur.length() > longueurApogee) {
            anomalies.add(TROP_LONG_POUR_APOGEE + " " + champ + " (" + valeur.length() + " > " + longueurApogee + ")");
        }
    }

    /** The anomalies column: "a; b", or null for none. */
    public static String joindre(List<String> anomalies) {
        return anomalies.isEmpty() ? null : String.join(SEPARATEUR, anomalies);
    }

    static List<String> separer(String anomalies) {
        return anomalies == null ? List.of() : Arrays.asList(anomalies.split(SEPARATEUR));
    }
}
