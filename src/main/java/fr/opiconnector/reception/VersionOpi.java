package fr.opiconnector.reception;

/**
 * The OpiMetier operation version a call came through (domain.md §1.3), and what its DTOs carry. An older version
 * lacks fields a later one added; for a dossier already stored, those fields keep their stored value instead of being
 * read as "no value".
 * <ul>
 * <li>v7 (DonneesOpiDTO7): MAJOpiVoeuDTO wishes, MAJOpiBacDTO bac;</li>
 * <li>v8: wishes gain the Oui-Si category and motif and ctrAdr (MAJOpiVoeuDTO2);</li>
 * <li>v9: wishes gain the fee-exemption category and comment (MAJOpiVoeuDTO3);</li>
 * <li>v10: the bac gains the terminale specialities and options (MAJOpiBacDTO2); from Apogée 6.50, the wish list
 * its send mode (modEnv) and each wish its régime (codRge).</li>
 * </ul>
 */
public enum VersionOpi {
    V7(7),
    V8(8),
    V9(9),
    V10(10);

    private final int numero;

    VersionOpi(int numero) {
        this.numero = numero;
    }

    /** The SOAP operation, e.g. mettreajourDonneesOpi_v9. */
    public String operation() {
        return "mettreajourDonneesOpi_v" + numero;
    }

    boolean porteOuiSi() {
        return numero >= 8;
    }

    boolean porteExonerationExt() {
        return numero >= 9;
    }

    boolean porteBacReforme() {
        return numero >= 10;
    }

    boolean porteRegime() {
        return numero >= 10;
    }

    /**
     * Whether a call of this version carries that field, by its dotted path in the individual's data
     * ({@link Colonnes#INDIVIDU}) or in a wish's ({@link Colonnes#VOEU}). For a dossier already stored, a field the
     * version does not carry keeps its stored value.
     */
    public boolean porte(String chemin) {
        return switch (chemin) {
            case "codCatOuiSi", "mtfCat", "ctrAdr" -> porteOuiSi();
            case "codCatExoExt", "comExoExt" -> porteExonerationExt();
            case "codRge", "voeuxModEnv" -> porteRegime();
            case "bac.codSpe1BacTer", "bac.codSpe2BacTer", "bac.codSpeBacPre", "bac.codOpt1Bac", "bac.codOpt2Bac",
                    "bac.codOpt3Bac", "bac.codOpt4Bac" -> porteBacReforme();
            default -> true;
        };
    }

    /** The positions, in that list of fields, of those this version does not carry. */
    int[] nonPortes(java.util.List<Colonnes.Champ> champs) {
        return java.util.stream.IntStream.range(0, champs.size()).filter(i -> !porte(champs.get(i).chemin())).toArray();
    }
}
