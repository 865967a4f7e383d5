package fr.opiconnector.reception;

/**
 * One wish of an OPI (Apogée MAJOpiVoeuDTO3) as received. Its key within an individual is the VET with its
 * centre de gestion: codCge + codEtp + codVrsVet.
 */
public record VoeuOpi(
        String codCge,
        String codEtp,
        Integer codVrsVet,
        Integer numCls,
        String codDecVeu,
        String codCatOuiSi,
        String mtfCat,
        String codDemDos,
        String codDip,
        Integer codVrsVdi,
        String codCmp,
        String codRge,
        String codAttDec,
        String codMfo,
        String codSpe1Opi,
        String codSpe2Opi,
        String codSpe3Opi,
        String codTyd,
        String libCmtJur,
        String temValPsd,
        String ctrAdr,
        String codCatExoExt,
        String comExoExt,
        TitreAccesExterne titreAccesExterne,
        Convocation convocation) {

    public CleVoeu cle() {
        return new CleVoeu(codCge, codEtp, codVrsVet);
    }
}
