package fr.opiconnector.reception;

import java.util.List;
import java.util.Objects;

/** An OPI as one call carries it: the operation version, the individual and the current list of wishes. */
public record Opi(VersionOpi version, DonneesIndividu individu, List<VoeuOpi> voeux) {

    public Opi {
        Objects.requireNonNull(version, "version");
        voeux = List.copyOf(voeux);
    }

    public String codOpiIntEpo() {
        return individu == null ? null : individu.codOpiIntEpo();
    }
}
