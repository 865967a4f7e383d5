package fr.opiconnector.domain;

import java.util.List;

/** An OPI as one call carries it: the individual and the current list of wishes. */
public record Opi(DonneesIndividu individu, List<VoeuOpi> voeux) {

    public Opi {
        voeux = List.copyOf(voeux);
    }

    public String codOpiIntEpo() {
        return individu == null ? null : individu.codOpiIntEpo();
    }
}
