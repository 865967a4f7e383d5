package fr.opiconnector.reception;

/**
 * Everything an OPI says about the individual (Apogée MAJOpiIndDTO6 and the blocks of DonneesOpiDTO10 beside it),
 * without the wishes. A null block means the call did not carry it (absent or xsi:nil).
 */
public record DonneesIndividu(
        String codOpiIntEpo,
        Integer codEtuOpi,
        EtatCivil etatCivil,
        DonneesNaissance donneesNaissance,
        DonneesPersonnelles donneesPersonnelles,
        Adresse adresseFixe,
        Adresse adresseAnnuelle,
        Bac bac,
        Dac dac,
        PremiereInscription premiereInscription,
        DernierEtbFrequente dernierEtbFrequente,
        SituationAnnPre situationAnnPre,
        DernierDiplObt dernierDiplObt,
        InscriptionParallele inscriptionParallele,
        PrgEchange prgEchange,
        DonneesThese donneesThese,
        String voeuxModEnv) {
}
