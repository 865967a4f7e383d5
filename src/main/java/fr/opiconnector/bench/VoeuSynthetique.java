package fr.opiconnector.bench;

/** One wish of a synthetic OPI, with the field shapes of the contract (domain.md §1). */
public record VoeuSynthetique(String codCge, String codDip, int codVrsVdi, String codEtp, int codVrsVet, int numCls,
        String codDecVeu, String codCatOuiSi, String mtfCat) {

    /** The same wish with another decision (a Oui-Si category only with S). */
    public VoeuSynthetique avecDecision(String decision) {
        boolean ouiSi = decision.equals("S");
        return new VoeuSynthetique(codCge, codDip, codVrsVdi, codEtp, codVrsVet, numCls, decision,
                ouiSi ? codCatOuiSi : null, ouiSi ? mtfCat : null);
    }
}
