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

    /** The individual's blocks as received, with what this version does not carry taken from the stored ones. */
    public DonneesIndividu completer(DonneesIndividu recues, DonneesIndividu stockees) {
        if (recues == null || stockees == null || this == V10) {
            return recues;
        }
        return new DonneesIndividu(recues.codOpiIntEpo(), recues.codEtuOpi(), recues.etatCivil(),
                recues.donneesNaissance(), recues.donneesPersonnelles(), recues.adresseFixe(), recues.adresseAnnuelle(),
                porteBacReforme() ? recues.bac() : bac(recues.bac(), stockees.bac()), recues.dac(),
                recues.premiereInscription(), recues.dernierEtbFrequente(), recues.situationAnnPre(),
                recues.dernierDiplObt(), recues.inscriptionParallele(), recues.prgEchange(), recues.donneesThese(),
                porteRegime() ? recues.voeuxModEnv() : stockees.voeuxModEnv());
    }

    /** A wish as received, with what this version does not carry taken from the stored wish of the same VET. */
    public VoeuOpi completer(VoeuOpi recu, VoeuOpi stocke) {
        if (stocke == null || this == V10) {
            return recu;
        }
        boolean ouiSi = porteOuiSi();
        boolean exoneration = porteExonerationExt();
        return new VoeuOpi(recu.codCge(), recu.codEtp(), recu.codVrsVet(), recu.numCls(), recu.codDecVeu(),
                ouiSi ? recu.codCatOuiSi() : stocke.codCatOuiSi(),
                ouiSi ? recu.mtfCat() : stocke.mtfCat(),
                recu.codDemDos(), recu.codDip(), recu.codVrsVdi(), recu.codCmp(),
                porteRegime() ? recu.codRge() : stocke.codRge(),
                recu.codAttDec(), recu.codMfo(), recu.codSpe1Opi(), recu.codSpe2Opi(), recu.codSpe3Opi(), recu.codTyd(),
                recu.libCmtJur(), recu.temValPsd(),
                ouiSi ? recu.ctrAdr() : stocke.ctrAdr(),
                exoneration ? recu.codCatExoExt() : stocke.codCatExoExt(),
                exoneration ? recu.comExoExt() : stocke.comExoExt(),
                recu.titreAccesExterne(), recu.convocation());
    }

    /** MAJOpiBacDTO has no reform fields: the stored specialities and options stay. */
    private static Bac bac(Bac recu, Bac stocke) {
        if (stocke == null) {
            return recu;
        }
        Bac r = recu == null ? new Bac(null, null, null, null, null, null, null, null, null, null, null, null, null) : recu;
        return Champs.nullSiVide(new Bac(r.codBac(), r.codDep(), r.codEtb(), r.codMention(), r.codTpe(), r.daaObtBacOba(),
                stocke.codSpe1BacTer(), stocke.codSpe2BacTer(), stocke.codSpeBacPre(), stocke.codOpt1Bac(),
                stocke.codOpt2Bac(), stocke.codOpt3Bac(), stocke.codOpt4Bac()));
    }
}
