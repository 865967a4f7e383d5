package fr.opiconnector.remontee;

/**
 * The data of one majInscriptionAdministrative call to Parcoursup (the credentials are added by the client).
 * toString prints no personal data.
 */
public record MajInscription(
        int codeCandidat,
        String ine,
        String nom,
        String prenom,
        String dateNaissance,
        int codeFormationPsup,
        String codeFormation1,
        String codeSISE,
        int etatInscription,
        String codeEtablissementAffectation) {

    /**
     * Parcoursup's fixed "Tester connecteur" request, with the reference client's values (Inscrisup's requete_test):
     * candidate 1, Bernard Minet, born 14/07/1789, INE 0123456789AB, formation 42, codeSISE "1", state 1.
     */
    public static MajInscription test(String uai) {
        return new MajInscription(1, "0123456789AB", "Bernard", "Minet", "14/07/1789", 42, "42", "1", 1, uai);
    }

    @Override
    public String toString() {
        return "MajInscription[codeCandidat=" + codeCandidat + ", codeFormationPsup=" + codeFormationPsup
                + ", etatInscription=" + etatInscription + "]";
    }
}
