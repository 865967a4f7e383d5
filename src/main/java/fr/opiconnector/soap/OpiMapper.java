package fr.opiconnector.soap;

import fr.opiconnector.reception.Adresse;
import fr.opiconnector.reception.Bac;
import fr.opiconnector.reception.Champs;
import fr.opiconnector.reception.Convocation;
import fr.opiconnector.reception.Dac;
import fr.opiconnector.reception.DernierDiplObt;
import fr.opiconnector.reception.DernierEtbFrequente;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.reception.DonneesNaissance;
import fr.opiconnector.reception.DonneesPersonnelles;
import fr.opiconnector.reception.DonneesThese;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.reception.InscriptionParallele;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.PremiereInscription;
import fr.opiconnector.reception.PrgEchange;
import fr.opiconnector.reception.SituationAnnPre;
import fr.opiconnector.reception.TitreAccesExterne;
import fr.opiconnector.reception.VoeuOpi;
import fr.opiconnector.reception.VersionOpi;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO10;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO7;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO8;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO9;
import fr.opiconnector.soap.generated.opimetier.MAJConvocationDTO;
import fr.opiconnector.soap.generated.opimetier.MAJDernierDiplObtDTO;
import fr.opiconnector.soap.generated.opimetier.MAJDernierEtbFrequenteDTO;
import fr.opiconnector.soap.generated.opimetier.MAJDonneesNaissanceDTO2;
import fr.opiconnector.soap.generated.opimetier.MAJDonneesPersonnellesDTO3;
import fr.opiconnector.soap.generated.opimetier.MAJEtatCivilDTO2;
import fr.opiconnector.soap.generated.opimetier.MAJInscriptionParalleleDTO2;
import fr.opiconnector.soap.generated.opimetier.MAJOpiAdresseDTO;
import fr.opiconnector.soap.generated.opimetier.MAJOpiBacDTO;
import fr.opiconnector.soap.generated.opimetier.MAJOpiBacDTO2;
import fr.opiconnector.soap.generated.opimetier.MAJOpiDacDTO;
import fr.opiconnector.soap.generated.opimetier.MAJOpiIndDTO6;
import fr.opiconnector.soap.generated.opimetier.MAJOpiTheseDTO;
import fr.opiconnector.soap.generated.opimetier.MAJOpiVoeuDTO;
import fr.opiconnector.soap.generated.opimetier.MAJOpiVoeuDTO2;
import fr.opiconnector.soap.generated.opimetier.MAJOpiVoeuDTO3;
import fr.opiconnector.soap.generated.opimetier.MAJPremiereInscriptionDTO;
import fr.opiconnector.soap.generated.opimetier.MAJPrgEchangeDTO;
import fr.opiconnector.soap.generated.opimetier.MAJSituationAnnPreDTO;
import fr.opiconnector.soap.generated.opimetier.MAJTitreAccesExterneDTO;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * DonneesOpiDTO7 to DonneesOpiDTO10 (generated from the contract) → the domain's Opi, with the version it came by; a
 * field the version does not carry is null here and the service keeps its stored value. Values are kept exactly as
 * sent, except that an empty or blank element means "no value", like xsi:nil, and a block with no value at all counts
 * as absent. An entirely empty wish item (Apogée clients send one to empty the list) is not a wish.
 */
final class OpiMapper {

    private OpiMapper() {
    }

    static Opi versDomaine(DonneesOpiDTO10 dto) {
        List<MAJOpiVoeuDTO3> items = dto.getVoeux() == null ? List.of() : dto.getVoeux().getItem();
        return opi(VersionOpi.V10, dto.getIndividu(), dto.getAdresseFixe(), dto.getAdresseAnnuelle(), bac(dto.getBac()),
                dto.getDac(), dto.getDonneesThese(), dto.getVoeux() == null ? null : dto.getVoeux().getModEnv(),
                voeux(items, OpiMapper::voeu));
    }

    static Opi versDomaine(DonneesOpiDTO9 dto) {
        List<MAJOpiVoeuDTO3> items = dto.getVoeux() == null ? List.of() : dto.getVoeux().getItem();
        return opi(VersionOpi.V9, dto.getIndividu(), dto.getAdresseFixe(), dto.getAdresseAnnuelle(), bac(dto.getBac()),
                dto.getDac(), dto.getDonneesThese(), null, voeux(items, OpiMapper::voeu));
    }

    static Opi versDomaine(DonneesOpiDTO8 dto) {
        List<MAJOpiVoeuDTO2> items = dto.getVoeux() == null ? List.of() : dto.getVoeux().getItem();
        return opi(VersionOpi.V8, dto.getIndividu(), dto.getAdresseFixe(), dto.getAdresseAnnuelle(), bac(dto.getBac()),
                dto.getDac(), dto.getDonneesThese(), null, voeux(items, OpiMapper::voeu));
    }

    static Opi versDomaine(DonneesOpiDTO7 dto) {
        List<MAJOpiVoeuDTO> items = dto.getVoeux() == null ? List.of() : dto.getVoeux().getItem();
        return opi(VersionOpi.V7, dto.getIndividu(), dto.getAdresseFixe(), dto.getAdresseAnnuelle(), bac(dto.getBac()),
                dto.getDac(), dto.getDonneesThese(), null, voeux(items, OpiMapper::voeu));
    }

    /** The members every DonneesOpiDTO from 7 on shares; the version says what the others did not carry. */
    private static Opi opi(VersionOpi version, MAJOpiIndDTO6 ind, MAJOpiAdresseDTO adresseFixe,
            MAJOpiAdresseDTO adresseAnnuelle, Bac bac, MAJOpiDacDTO dac, MAJOpiTheseDTO these, String modEnv,
            List<VoeuOpi> voeux) {
        DonneesIndividu individu = ind == null ? null : new DonneesIndividu(
                texte(ind.getCodOpiIntEpo()),
                ind.getCodEtuOpi(),
                etatCivil(ind.getEtatCivil()),
                donneesNaissance(ind.getDonneesNaissance()),
                donneesPersonnelles(ind.getDonneesPersonnelles()),
                adresse(adresseFixe),
                adresse(adresseAnnuelle),
                bac,
                dac(dac),
                premiereInscription(ind.getPremiereInscription()),
                dernierEtbFrequente(ind.getDernierEtbFrequente()),
                situationAnnPre(ind.getSituationAnnPre()),
                dernierDiplObt(ind.getDernierDiplObt()),
                inscriptionParallele(ind.getInscriptionParallele()),
                prgEchange(ind.getPrgEchange()),
                donneesThese(these),
                texte(modEnv));
        return new Opi(version, individu, voeux);
    }

    /** An entirely empty item (Apogée clients send one to empty the list) is not a wish. */
    private static <T> List<VoeuOpi> voeux(List<T> items, Function<T, VoeuOpi> voeu) {
        return items.stream().filter(Objects::nonNull).map(voeu).filter(Objects::nonNull).toList();
    }

    static VoeuOpi voeu(MAJOpiVoeuDTO3 dto) {
        return Champs.nullSiVide(new VoeuOpi(
                texte(dto.getCodCge()),
                texte(dto.getCodEtp()),
                dto.getCodVrsVet(),
                dto.getNumCls(),
                texte(dto.getCodDecVeu()),
                texte(dto.getCodCatOuiSi()),
                texte(dto.getMtfCat()),
                texte(dto.getCodDemDos()),
                texte(dto.getCodDip()),
                dto.getCodVrsVdi(),
                texte(dto.getCodCmp()),
                texte(dto.getCodRge()),
                texte(dto.getCodAttDec()),
                texte(dto.getCodMfo()),
                texte(dto.getCodSpe1Opi()),
                texte(dto.getCodSpe2Opi()),
                texte(dto.getCodSpe3Opi()),
                texte(dto.getCodTyd()),
                texte(dto.getLibCmtJur()),
                texte(dto.getTemValPsd()),
                texte(dto.getCtrAdr()),
                texte(dto.getCodCatExoExt()),
                texte(dto.getComExoExt()),
                titreAccesExterne(dto.getTitreAccesExterne()),
                convocation(dto.getConvocation())));
    }

    /** MAJOpiVoeuDTO2 (v8): no fee exemption, no régime; read as the newest wish, whose elements it shares. */
    static VoeuOpi voeu(MAJOpiVoeuDTO2 dto) {
        return voeu(commeLePlusRecent(dto, new MAJOpiVoeuDTO3()));
    }

    /** MAJOpiVoeuDTO (v7): no Oui-Si category or motif, no ctrAdr, no fee exemption, no régime. */
    static VoeuOpi voeu(MAJOpiVoeuDTO dto) {
        return voeu(commeLePlusRecent(dto, new MAJOpiVoeuDTO3()));
    }

    static Adresse adresse(MAJOpiAdresseDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new Adresse(
                texte(dto.getCodBdi()),
                texte(dto.getCodCom()),
                texte(dto.getCodPay()),
                texte(dto.getLib1()),
                texte(dto.getLib2()),
                texte(dto.getLib3()),
                texte(dto.getLibAde()),
                texte(dto.getNumTel())));
    }

    static Bac bac(MAJOpiBacDTO2 dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new Bac(
                texte(dto.getCodBac()),
                texte(dto.getCodDep()),
                texte(dto.getCodEtb()),
                texte(dto.getCodMention()),
                texte(dto.getCodTpe()),
                texte(dto.getDaaObtBacOba()),
                texte(dto.getCodSpe1BacTer()),
                texte(dto.getCodSpe2BacTer()),
                texte(dto.getCodSpeBacPre()),
                texte(dto.getCodOpt1Bac()),
                texte(dto.getCodOpt2Bac()),
                texte(dto.getCodOpt3Bac()),
                texte(dto.getCodOpt4Bac())));
    }

    /** MAJOpiBacDTO (v7 to v9): no terminale specialities or options; read as the newest bac block. */
    static Bac bac(MAJOpiBacDTO dto) {
        return dto == null ? null : bac(commeLePlusRecent(dto, new MAJOpiBacDTO2()));
    }

    /**
     * An older version's block copied into the newest one's class: each element of the older is an element of the
     * newer, with the same name and type (the contract only ever added elements); what the older lacks stays null.
     */
    private static <T> T commeLePlusRecent(Object ancien, T recent) {
        for (java.lang.reflect.Method lecture : ancien.getClass().getMethods()) {
            if (lecture.getParameterCount() != 0 || !lecture.getName().startsWith("get")
                    || lecture.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                recent.getClass().getMethod("set" + lecture.getName().substring(3), lecture.getReturnType())
                        .invoke(recent, lecture.invoke(ancien));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(recent.getClass().getSimpleName() + " lacks "
                        + ancien.getClass().getSimpleName() + "." + lecture.getName() + ": the contract changed", e);
            }
        }
        return recent;
    }

    static Dac dac(MAJOpiDacDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new Dac(
                texte(dto.getCodDac()),
                texte(dto.getCodEtb()),
                texte(dto.getCodTpe()),
                texte(dto.getCodTypDepPay()),
                texte(dto.getCodDepPay()),
                texte(dto.getDaaUniDac()),
                texte(dto.getTemObtDac()),
                texte(dto.getCodCurOpi()),
                texte(dto.getCodDipCur()),
                texte(dto.getDipCur()),
                decimal(dto.getNbrCrdCur()),
                texte(dto.getTemObtCurVae()),
                dto.getCodNif(),
                texte(dto.getLibCmtDac())));
    }

    static EtatCivil etatCivil(MAJEtatCivilDTO2 dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new EtatCivil(
                texte(dto.getCodNneIndOpi()),
                texte(dto.getCodSexEtuOpi()),
                texte(dto.getLibNomPatIndOpi()),
                texte(dto.getLibNomUsuIndOpi()),
                texte(dto.getLibPr1IndOpi()),
                texte(dto.getLibPr2IndOpi()),
                texte(dto.getLibPr3IndOpi())));
    }

    static DonneesNaissance donneesNaissance(MAJDonneesNaissanceDTO2 dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new DonneesNaissance(
                texte(dto.getCodDepPayNai()),
                texte(dto.getCodPayNat()),
                texte(dto.getCodTypDepPayNai()),
                texte(dto.getDateNaiIndOpi()),
                texte(dto.getCodComNaiEtuOpi()),
                texte(dto.getLibVilNaiEtuOpi()),
                texte(dto.getTemDateNaiRelOpi())));
    }

    static DonneesPersonnelles donneesPersonnelles(MAJDonneesPersonnellesDTO3 dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new DonneesPersonnelles(
                texte(dto.getAdrMailOpi()),
                texte(dto.getCodFam()),
                texte(dto.getCodPcs()),
                texte(dto.getCodPcsAp()),
                texte(dto.getCodSim()),
                texte(dto.getCodThbOpi()),
                texte(dto.getCodThpOpi()),
                texte(dto.getDaaLbtIndOpi()),
                texte(dto.getDmmLbtIndOpi()),
                texte(dto.getNumTelPorOpi()),
                texte(dto.getCodRgi()),
                texte(dto.getCodStu())));
    }

    static PremiereInscription premiereInscription(MAJPremiereInscriptionDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new PremiereInscription(
                texte(dto.getCodEtb()),
                texte(dto.getDaaEnsSupOpi()),
                texte(dto.getDaaEtbOpi()),
                texte(dto.getDaaEntEtbOpi()),
                texte(dto.getDaaEtrSup())));
    }

    static DernierEtbFrequente dernierEtbFrequente(MAJDernierEtbFrequenteDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new DernierEtbFrequente(
                texte(dto.getCodEtbAntIaa()),
                texte(dto.getCodTpeAntIaa()),
                texte(dto.getDaaEtbAntIaaOpi()),
                texte(dto.getCodTypDepPayAntIaaOpi()),
                texte(dto.getCodDepPayAntIaaOpi())));
    }

    static SituationAnnPre situationAnnPre(MAJSituationAnnPreDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new SituationAnnPre(
                texte(dto.getCodSisAnnPreOpi()),
                texte(dto.getCodEtbAnnPreOpi()),
                texte(dto.getCodTypDepPayAnnPreOpi()),
                texte(dto.getCodDepPayAnnPreOpi())));
    }

    static DernierDiplObt dernierDiplObt(MAJDernierDiplObtDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new DernierDiplObt(
                texte(dto.getCodTdeDerDip()),
                texte(dto.getCodEtbDerDip()),
                texte(dto.getDaaEtbDerDip()),
                texte(dto.getCodTdsOpi()),
                texte(dto.getCodTypDepPayDerDip()),
                texte(dto.getCodDepPayDerDip())));
    }

    static InscriptionParallele inscriptionParallele(MAJInscriptionParalleleDTO2 dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new InscriptionParallele(
                texte(dto.getCodEtbAnnCrt()),
                texte(dto.getCodTpeAnnCrt()),
                texte(dto.getTemPrlAnnCrt())));
    }

    static PrgEchange prgEchange(MAJPrgEchangeDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new PrgEchange(
                texte(dto.getCodPrgOpi()),
                texte(dto.getCodEtrOpi()),
                texte(dto.getTemSnsPrgOpi())));
    }

    static TitreAccesExterne titreAccesExterne(MAJTitreAccesExterneDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new TitreAccesExterne(
                texte(dto.getCodDacOpi()),
                texte(dto.getCodEtbDacOpi()),
                texte(dto.getCodTpeDacOpi()),
                texte(dto.getCodTypDepPayDacOpi()),
                texte(dto.getCodDepPayDacOpi()),
                texte(dto.getDaaDacOpi())));
    }

    static Convocation convocation(MAJConvocationDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new Convocation(
                texte(dto.getDatCvc()),
                dto.getDhhCvc(),
                dto.getDmnCvc()));
    }

    static DonneesThese donneesThese(MAJOpiTheseDTO dto) {
        if (dto == null) {
            return null;
        }
        return Champs.nullSiVide(new DonneesThese(
                texte(dto.getCodDip()),
                dto.getCodVrsVdi(),
                texte(dto.getCodEtp()),
                dto.getCodVrsVet(),
                texte(dto.getCodThsTrv()),
                XmlInteger.ecrire(dto.getCodDis()),
                texte(dto.getLibThs()),
                texte(dto.getLibThsLng()),
                texte(dto.getCodLng()),
                texte(dto.getCodEdo()),
                XmlInteger.ecrire(dto.getCodPerDir()),
                XmlInteger.ecrire(dto.getCodPerCdr()),
                XmlInteger.ecrire(dto.getCodPerCdr2()),
                texte(dto.getCodEqr())));
    }
    private static String texte(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur;
    }

    private static String decimal(BigDecimal valeur) {
        return valeur == null ? null : valeur.toPlainString();
    }
}
