package fr.opiconnector.inscription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads config/formations.csv: UTF-8, ';' separated, a header line, '#' comments and blank lines ignored. Every bad
 * line is reported with its number; one bad line and the whole file is refused.
 *
 * <pre>
 * codeFormationPsup;libelle;codeSISE;uaiAffectation;vetOui;vetOuiSi3Ans;vetOuiSi4Ans;categoriesOuiSi
 * 4242;Licence Droit;2500123;0350936C;LDR1/1;LDR3/1;LDR4/1;1:3:CA-METHO|2:4:CA-TUTORAT
 * </pre>
 * Two more columns may follow, for the Pégase export: codeVoeuPegase;codePeriodePegase (each may be empty).
 */
public final class FormationsCsv {

    public static final String ENTETE =
            "codeFormationPsup;libelle;codeSISE;uaiAffectation;vetOui;vetOuiSi3Ans;vetOuiSi4Ans;categoriesOuiSi";
    /** The header with the two optional Pégase columns. */
    public static final String ENTETE_PEGASE = ENTETE + ";codeVoeuPegase;codePeriodePegase";
    private static final Pattern CODE_PEGASE = Pattern.compile("[^;\\s]{1,64}");
    private static final Pattern SISE = Pattern.compile("[0-9A-Z]{1,10}");
    private static final Pattern UAI = Pattern.compile("[0-9]{7}[A-Z]");
    private static final Pattern CATEGORIE = Pattern.compile("([0-9A-Za-z]{1,10}):([34]):([^:|;]{1,64})");

    private FormationsCsv() {
    }

    public static List<Formation> lire(String nomFichier, List<String> lignes) {
        List<String> erreurs = new ArrayList<>();
        List<Formation> formations = new ArrayList<>();
        Map<Integer, Integer> codes = new HashMap<>();
        Map<Vet, Integer> vets = new HashMap<>();
        String entete = null;
        for (int i = 0; i < lignes.size(); i++) {
            int numero = i + 1;
            String ligne = lignes.get(i).strip();
            if (numero == 1 && ligne.startsWith("\uFEFF")) {
                ligne = ligne.substring(1);
            }
            if (ligne.isEmpty() || ligne.startsWith("#")) {
                continue;
            }
            if (entete == null) {
                entete = ligne.equals(ENTETE_PEGASE) ? ENTETE_PEGASE : ENTETE;
                if (!ligne.equals(entete)) {
                    erreurs.add("line " + numero + ": the header must be " + ENTETE + " (optionally followed by "
                            + ";codeVoeuPegase;codePeriodePegase)");
                }
                continue;
            }
            List<String> erreursLigne = new ArrayList<>();
            Formation formation = formation(ligne, numero, entete, erreursLigne);
            if (formation != null) {
                Integer doublon = codes.putIfAbsent(formation.codeFormationPsup(), numero);
                if (doublon != null) {
                    erreursLigne.add("codeFormationPsup " + formation.codeFormationPsup() + " is already on line " + doublon);
                }
                for (Vet vet : formation.vets()) {
                    Integer autre = vets.putIfAbsent(vet, numero);
                    if (autre != null && autre != numero) {
                        erreursLigne.add("the VET " + vet + " is already on line " + autre + " (a VET belongs to one formation)");
                    }
                }
            }
            erreursLigne.forEach(e -> erreurs.add("line " + numero + ": " + e));
            if (erreursLigne.isEmpty()) {
                formations.add(formation);
            }
        }
        if (entete == null) {
            erreurs.add("the file is empty: it needs the header " + ENTETE);
        }
        if (!erreurs.isEmpty()) {
            throw new FormationsInvalidesException(nomFichier, erreurs);
        }
        return formations;
    }

    private static Formation formation(String ligne, int numero, String entete, List<String> erreurs) {
        String[] colonnes = ligne.split(";", -1);
        int attendues = entete.split(";").length;
        if (colonnes.length != attendues) {
            erreurs.add(colonnes.length + " columns, expected " + attendues + " (" + entete + ")");
            return null;
        }
        Integer code = null;
        try {
            code = Integer.valueOf(colonnes[0].strip());
            if (code <= 0) {
                erreurs.add("codeFormationPsup must be a positive integer");
            }
        } catch (NumberFormatException e) {
            erreurs.add("codeFormationPsup \"" + colonnes[0].strip() + "\" is not an integer");
        }
        String libelle = colonnes[1].strip();
        if (libelle.isEmpty()) {
            erreurs.add("libelle is empty");
        }
        String sise = colonnes[2].strip();
        if (!SISE.matcher(sise).matches()) {
            erreurs.add("codeSISE \"" + sise + "\" must be 1 to 10 digits or capital letters");
        }
        String uai = colonnes[3].strip();
        if (!UAI.matcher(uai).matches()) {
            erreurs.add("uaiAffectation \"" + uai + "\" must be an UAI: 7 digits and a capital letter");
        }
        Vet oui = vet(colonnes[4], "vetOui", true, erreurs);
        Vet ouiSi3 = vet(colonnes[5], "vetOuiSi3Ans", false, erreurs);
        Vet ouiSi4 = vet(colonnes[6], "vetOuiSi4Ans", false, erreurs);
        List<CategorieOuiSi> categories = categories(colonnes[7].strip(), ouiSi3, ouiSi4, erreurs);
        String codeVoeu = colonnes.length > 8 ? codePegase(colonnes[8], "codeVoeuPegase", erreurs) : null;
        String codePeriode = colonnes.length > 9 ? codePegase(colonnes[9], "codePeriodePegase", erreurs) : null;
        if (!erreurs.isEmpty()) {
            return null;
        }
        return new Formation(code, libelle, sise, uai, oui, ouiSi3, ouiSi4, categories, codeVoeu, codePeriode, numero);
    }

    /** An optional Pégase code: empty for none, else 1 to 64 characters without blanks. */
    private static String codePegase(String texte, String colonne, List<String> erreurs) {
        String valeur = texte.strip();
        if (valeur.isEmpty()) {
            return null;
        }
        if (!CODE_PEGASE.matcher(valeur).matches()) {
            erreurs.add(colonne + " \"" + valeur + "\" must be 1 to 64 characters without blanks");
        }
        return valeur;
    }

    private static Vet vet(String texte, String colonne, boolean obligatoire, List<String> erreurs) {
        String valeur = texte.strip();
        if (valeur.isEmpty()) {
            if (obligatoire) {
                erreurs.add(colonne + " is empty");
            }
            return null;
        }
        Optional<Vet> vet = Vet.lire(valeur);
        if (vet.isEmpty()) {
            erreurs.add(colonne + " \"" + valeur + "\" must be a VET written codEtp/codVrsVet, e.g. LDR1/1");
            return null;
        }
        return vet.get();
    }

    private static List<CategorieOuiSi> categories(String texte, Vet ouiSi3, Vet ouiSi4, List<String> erreurs) {
        List<CategorieOuiSi> categories = new ArrayList<>();
        if (texte.isEmpty()) {
            return categories;
        }
        Set<String> codes = new HashSet<>();
        for (String entree : texte.split("\\|", -1)) {
            var m = CATEGORIE.matcher(entree.strip());
            if (!m.matches()) {
                erreurs.add("categoriesOuiSi entry \"" + entree.strip() + "\" must be category:3|4:cursus, e.g. 1:3:CA-METHO");
                continue;
            }
            CategorieOuiSi categorie = new CategorieOuiSi(m.group(1), Integer.parseInt(m.group(2)), m.group(3).strip());
            if (!codes.add(categorie.code())) {
                erreurs.add("Oui-Si category " + categorie.code() + " appears twice");
            }
            if (categorie.dureeAnnees() == 3 && ouiSi3 == null || categorie.dureeAnnees() == 4 && ouiSi4 == null) {
                erreurs.add("Oui-Si category " + categorie.code() + " is a " + categorie.dureeAnnees()
                        + "-year course but vetOuiSi" + categorie.dureeAnnees() + "Ans is empty");
            }
            categories.add(categorie);
        }
        return categories;
    }
}
