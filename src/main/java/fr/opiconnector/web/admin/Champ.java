package fr.opiconnector.web.admin;

import java.util.List;
import java.util.Map;

/** One filter of a list page: a text field, or a choice among options when {@code options} is not null. */
public record Champ(String libelle, String nom, String valeur, List<Option> options) {

    /** A choice of a select: its value, its label, whether it is the one chosen. */
    public record Option(String valeur, String libelle, boolean choisie) {
    }

    static Champ texte(String libelle, String nom, Map<String, String> parametres) {
        return new Champ(libelle, nom, parametres.getOrDefault(nom, ""), null);
    }

    /** A select whose first option, empty, means "all"; the options as value → label, in their order. */
    static Champ choix(String libelle, String nom, Map<String, String> parametres, Map<String, String> options) {
        String choisie = parametres.getOrDefault(nom, "");
        List<Option> liste = new java.util.ArrayList<>();
        liste.add(new Option("", "tous", choisie.isEmpty()));
        options.forEach((valeur, texte) -> liste.add(new Option(valeur, texte, valeur.equals(choisie))));
        return new Champ(libelle, nom, choisie, liste);
    }
}
