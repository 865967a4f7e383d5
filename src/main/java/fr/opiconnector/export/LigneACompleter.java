package fr.opiconnector.export;

/**
 * A row an export could not write as it is: which file it belongs to, the OPI code, the wish's VET (empty for a
 * candidate row) and why. No personal data: the reason names the field, never its value.
 */
public record LigneACompleter(String fichier, String codOpiIntEpo, String vet, String raison) {

    static final String ENTETE = "file;codOpiIntEpo;vet;reason";

    String texte() {
        return fichier + ";" + codOpiIntEpo + ";" + vet + ";" + raison;
    }
}
