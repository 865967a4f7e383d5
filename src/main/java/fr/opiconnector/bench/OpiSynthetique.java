package fr.opiconnector.bench;

import fr.opiconnector.reception.Adresse;
import fr.opiconnector.reception.Bac;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.reception.DonneesNaissance;
import fr.opiconnector.reception.DonneesPersonnelles;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.VersionOpi;
import fr.opiconnector.reception.VoeuOpi;
import java.util.List;

/**
 * One synthetic OPI as the bench sends it: an invented candidate with the real field shapes of the contract, and
 * what the call is meant to do to the stored dossier.
 */
public record OpiSynthetique(Nature nature, String codOpiIntEpo, String ine, String sexe, String nom, String prenom,
        String dateNaissance, String email, String telephone, String codBac, String codEtbBac, String communeNaissance,
        List<VoeuSynthetique> voeux) {

    /** What the call does to the dossier, as the service should find it. */
    public enum Nature {
        /** A candidate not seen yet: individual and wishes created. */
        NOUVELLE,
        /** The same content again: nothing changes but the journal. */
        INCHANGEE,
        /** One wish's decision goes from F to D. */
        F_VERS_D,
        /** One wish is no longer sent: withdrawn. */
        VOEU_RETIRE
    }

    public OpiSynthetique avec(Nature autre, List<VoeuSynthetique> autresVoeux) {
        return new OpiSynthetique(autre, codOpiIntEpo, ine, sexe, nom, prenom, dateNaissance, email, telephone, codBac,
                codEtbBac, communeNaissance, List.copyOf(autresVoeux));
    }

    /** The OPI the connector reads from {@link #xml()}: the same values, blocks and wishes, field for field. */
    public Opi opi() {
        DonneesIndividu individu = new DonneesIndividu(codOpiIntEpo, null,
                new EtatCivil(ine, sexe, nom, null, prenom, null, null),
                new DonneesNaissance("035", "100", "D", dateNaissance, "35238", communeNaissance, "N"),
                new DonneesPersonnelles(email, null, null, null, null, null, null, null, null, telephone, "1", "01"),
                new Adresse("35000", "35238", "100", codOpiIntEpo.substring(7) + " RUE DES LILAS", null, null, null,
                        telephone),
                null,
                new Bac(codBac, "035", codEtbBac, "AB", "LY", "2026", "MATH", "SES", null, null, null, null, null),
                null, null, null, null, null, null, null, null, null);
        return new Opi(VersionOpi.V10, individu, voeux.stream().map(v -> new VoeuOpi(v.codCge(), v.codEtp(), v.codVrsVet(), v.numCls(),
                v.codDecVeu(), v.codCatOuiSi(), v.mtfCat(), "C", v.codDip(), v.codVrsVdi(), null, "1", null, null, null,
                null, null, null, null, "N", null, null, null, null, null)).toList());
    }

    /** The mettreajourDonneesOpi_v10 envelope, as a client generated from Apogée's WSDL writes it. */
    public String xml() {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version='1.0' encoding='UTF-8'?><S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">")
                .append("<S:Body><ns2:mettreajourDonneesOpi_v10 xmlns:ns2=\"gouv.education.apogee.commun.servicesmetiers")
                .append(".OpiMetier\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><_donneesOpi>")
                .append("<adresseAnnuelle xsi:nil=\"true\"/><adresseFixe><codBdi>35000</codBdi><codCom>35238</codCom>")
                .append("<codPay>100</codPay><lib1>").append(codOpiIntEpo.substring(7)).append(" RUE DES LILAS</lib1>")
                .append("<lib2 xsi:nil=\"true\"/><lib3 xsi:nil=\"true\"/><libAde xsi:nil=\"true\"/><numTel>")
                .append(telephone).append("</numTel></adresseFixe>")
                .append("<bac><codBac>").append(codBac).append("</codBac><codDep>035</codDep><codEtb>").append(codEtbBac)
                .append("</codEtb><codMention>AB</codMention><codTpe>LY</codTpe><daaObtBacOba>2026</daaObtBacOba>")
                .append("<codSpe1BacTer>MATH</codSpe1BacTer><codSpe2BacTer>SES</codSpe2BacTer></bac>")
                .append("<dac xsi:nil=\"true\"/><individu><codEtuOpi xsi:nil=\"true\"/><codOpiIntEpo>").append(codOpiIntEpo)
                .append("</codOpiIntEpo><donneesNaissance><codDepPayNai>035</codDepPayNai><codPayNat>100</codPayNat>")
                .append("<codTypDepPayNai>D</codTypDepPayNai><dateNaiIndOpi>").append(dateNaissance)
                .append("</dateNaiIndOpi><codComNaiEtuOpi>35238</codComNaiEtuOpi><libVilNaiEtuOpi>").append(communeNaissance)
                .append("</libVilNaiEtuOpi><temDateNaiRelOpi>N</temDateNaiRelOpi></donneesNaissance>")
                .append("<donneesPersonnelles><adrMailOpi>").append(email).append("</adrMailOpi><numTelPorOpi>")
                .append(telephone).append("</numTelPorOpi><codRgi>1</codRgi><codStu>01</codStu></donneesPersonnelles>")
                .append("<etatCivil><codNneIndOpi>").append(ine).append("</codNneIndOpi><codSexEtuOpi>").append(sexe)
                .append("</codSexEtuOpi><libNomPatIndOpi>").append(nom).append("</libNomPatIndOpi><libPr1IndOpi>")
                .append(prenom).append("</libPr1IndOpi></etatCivil></individu><voeux>");
        for (VoeuSynthetique v : voeux) {
            x.append("<item><codCge>").append(v.codCge()).append("</codCge><codRge>1</codRge><codDecVeu>")
                    .append(v.codDecVeu()).append("</codDecVeu>");
            if (v.codCatOuiSi() != null) {
                x.append("<codCatOuiSi>").append(v.codCatOuiSi()).append("</codCatOuiSi><mtfCat>").append(v.mtfCat())
                        .append("</mtfCat>");
            }
            x.append("<codDemDos>C</codDemDos><codDip>").append(v.codDip()).append("</codDip><codEtp>").append(v.codEtp())
                    .append("</codEtp><codVrsVdi>").append(v.codVrsVdi()).append("</codVrsVdi><codVrsVet>")
                    .append(v.codVrsVet()).append("</codVrsVet><numCls>").append(v.numCls())
                    .append("</numCls><temValPsd>N</temValPsd></item>");
        }
        return x.append("</voeux><donneesThese xsi:nil=\"true\"/></_donneesOpi></ns2:mettreajourDonneesOpi_v10>")
                .append("</S:Body></S:Envelope>").toString();
    }
}
