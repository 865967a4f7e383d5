package fr.opiconnector.reception;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The business checks of an OPI before anything is stored: what Apogée's clients treat as mandatory, the
 * decision codes, real dates, no VET twice, the connector's length limits, and keys written as keys (no lower case,
 * no space). The first problem found is reported; messages are French, name the field (and
 * the wish's position) and never repeat a personal value.
 */
public final class OpiValidator {

    private static final Pattern JJMMAAAA = Pattern.compile("[0-9]{8}");
    private static final int LONGUEUR_CODE_OPI = 10;

    private OpiValidator() {
    }

    public static void valider(Opi opi, LocalDate aujourdhui) {
        DonneesIndividu individu = opi.individu();
        if (individu == null) {
            throw new DonneeInvalideException("individu", "Le bloc individu est absent : l'OPI ne peut pas être enregistrée.");
        }
        validerIndividu(individu, aujourdhui);
        validerVoeux(opi.voeux());
    }

    private static void validerIndividu(DonneesIndividu individu, LocalDate aujourdhui) {
        String code = individu.codOpiIntEpo();
        if (code == null) {
            throw new DonneeInvalideException("codOpiIntEpo", "Le code OPI (codOpiIntEpo) est obligatoire.");
        }
        if (code.length() > LONGUEUR_CODE_OPI) {
            throw new DonneeInvalideException("codOpiIntEpo", "Le code OPI (codOpiIntEpo) compte " + code.length()
                    + " caractères ; il doit en compter de 1 à " + LONGUEUR_CODE_OPI + ".");
        }
        identifiant(code, "codOpiIntEpo", "Le code OPI (codOpiIntEpo)");
        EtatCivil etatCivil = individu.etatCivil();
        obligatoire(etatCivil == null ? null : etatCivil.libNomPatIndOpi(), "libNomPatIndOpi",
                "Le nom de naissance (libNomPatIndOpi) est obligatoire.");
        obligatoire(etatCivil.libPr1IndOpi(), "libPr1IndOpi", "Le premier prénom (libPr1IndOpi) est obligatoire.");
        DonneesNaissance naissance = individu.donneesNaissance();
        String date = naissance == null ? null : naissance.dateNaiIndOpi();
        obligatoire(date, "dateNaiIndOpi", "La date de naissance (dateNaiIndOpi) est obligatoire, au format JJMMAAAA.");
        validerDateNaissance(date, aujourdhui);
        String temoin = naissance.temDateNaiRelOpi();
        if (!"O".equals(temoin) && !"N".equals(temoin)) {
            throw new DonneeInvalideException("temDateNaiRelOpi",
                    "Le témoin de date de naissance estimée (temDateNaiRelOpi) est obligatoire et vaut O ou N.");
        }
        Longueurs.verifier(individu, Individu.class, "individu");
    }

    private static void validerDateNaissance(String date, LocalDate aujourdhui) {
        LocalDate naissance = null;
        if (JJMMAAAA.matcher(date).matches()) {
            try {
                naissance = LocalDate.of(Integer.parseInt(date.substring(4, 8)), Integer.parseInt(date.substring(2, 4)),
                        Integer.parseInt(date.substring(0, 2)));
            } catch (DateTimeException e) {
                naissance = null;
            }
        }
        if (naissance == null) {
            throw new DonneeInvalideException("dateNaiIndOpi",
                    "La date de naissance (dateNaiIndOpi) n'est pas une date réelle au format JJMMAAAA.");
        }
        if (naissance.getYear() < 1900 || naissance.isAfter(aujourdhui)) {
            throw new DonneeInvalideException("dateNaiIndOpi",
                    "La date de naissance (dateNaiIndOpi) n'est pas plausible : elle doit être comprise entre 1900 et aujourd'hui.");
        }
    }

    private static void validerVoeux(List<VoeuOpi> voeux) {
        Map<CleVoeu, Integer> positions = new HashMap<>();
        for (int i = 0; i < voeux.size(); i++) {
            VoeuOpi voeu = voeux.get(i);
            String n = "du vœu n°" + (i + 1);
            obligatoire(voeu.codCge(), "codCge", "Le centre de gestion (codCge) " + n + " est obligatoire.");
            obligatoire(voeu.codEtp(), "codEtp", "L'étape (codEtp) " + n + " est obligatoire.");
            identifiant(voeu.codCge(), "codCge", "Le centre de gestion (codCge) " + n);
            identifiant(voeu.codEtp(), "codEtp", "L'étape (codEtp) " + n);
            if (voeu.codVrsVet() == null || voeu.codVrsVet() < 1 || voeu.codVrsVet() > 999) {
                throw new DonneeInvalideException("codVrsVet",
                        "La version d'étape (codVrsVet) " + n + " est obligatoire et doit être un entier de 1 à 999.");
            }
            if (voeu.numCls() == null || voeu.numCls() < 0 || voeu.numCls() > 99) {
                throw new DonneeInvalideException("numCls",
                        "Le rang (numCls) " + n + " est obligatoire et doit être un entier de 0 à 99.");
            }
            if (voeu.codDemDos() == null || voeu.codDemDos().length() != 1) {
                throw new DonneeInvalideException("codDemDos",
                        "Le type de demande (codDemDos) " + n + " est obligatoire et tient en un caractère.");
            }
            if (Decision.depuisCode(voeu.codDecVeu()).isEmpty()) {
                throw new DonneeInvalideException("codDecVeu",
                        "La décision (codDecVeu) " + n + " est obligatoire et vaut F (favorable), S (oui-si) ou D (défavorable).");
            }
            Integer premier = positions.putIfAbsent(voeu.cle(), i + 1);
            if (premier != null) {
                throw new DonneeInvalideException("voeux", "Les vœux n°" + premier + " et n°" + (i + 1)
                        + " portent sur la même VET (" + voeu.cle() + ") : chaque VET ne peut figurer qu'une fois.");
            }
            Longueurs.verifier(voeu, Voeu.class, "vœu n°" + (i + 1));
        }
    }

    /**
     * A key (OPI code, centre de gestion, étape) is compared exactly, so it is taken only as Apogée writes its codes:
     * no lower-case letter and no space anywhere. Converting it instead would let "p260012345" update the student
     * "P260012345" with another person's data; storing it as a separate key would split one student in two.
     */
    private static void identifiant(String valeur, String champ, String libelle) {
        if (valeur.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new DonneeInvalideException(champ, libelle + " contient une espace : un identifiant s'écrit sans "
                    + "espace, ni au début, ni à la fin, ni au milieu.");
        }
        if (valeur.codePoints().anyMatch(Character::isLowerCase)) {
            throw new DonneeInvalideException(champ, libelle + " contient une lettre minuscule : un identifiant s'écrit "
                    + "en majuscules ; il est comparé tel quel et n'est pas converti.");
        }
    }

    private static void obligatoire(String valeur, String champ, String message) {
        if (valeur == null) {
            throw new DonneeInvalideException(champ, message);
        }
    }
}
