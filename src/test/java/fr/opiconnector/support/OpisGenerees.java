package fr.opiconnector.support;

import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO10;
import fr.opiconnector.soap.generated.opimetier.MAJDonneesNaissanceDTO2;
import fr.opiconnector.soap.generated.opimetier.MAJEtatCivilDTO2;
import fr.opiconnector.soap.generated.opimetier.MAJOpiIndDTO6;
import fr.opiconnector.soap.generated.opimetier.MAJOpiVoeuDTO3;
import fr.opiconnector.soap.generated.opimetier.TableauVoeu3;
import java.util.List;

/** OPIs built with the classes generated from the WSDL, as a client generated from it would (invented person). */
public final class OpisGenerees {

    private OpisGenerees() {
    }

    /** The mandatory fields only, and the given wishes. */
    public static DonneesOpiDTO10 opi(String code, MAJOpiVoeuDTO3... voeux) {
        MAJEtatCivilDTO2 etatCivil = new MAJEtatCivilDTO2();
        etatCivil.setLibNomPatIndOpi("GARCIA");
        etatCivil.setLibPr1IndOpi("INÈS");
        MAJDonneesNaissanceDTO2 naissance = new MAJDonneesNaissanceDTO2();
        naissance.setDateNaiIndOpi("05112007");
        naissance.setTemDateNaiRelOpi("N");
        MAJOpiIndDTO6 individu = new MAJOpiIndDTO6();
        individu.setCodOpiIntEpo(code);
        individu.setEtatCivil(etatCivil);
        individu.setDonneesNaissance(naissance);
        TableauVoeu3 tableau = new TableauVoeu3();
        tableau.getItem().addAll(List.of(voeux));
        DonneesOpiDTO10 opi = new DonneesOpiDTO10();
        opi.setIndividu(individu);
        opi.setVoeux(tableau);
        return opi;
    }
}
