package fr.opiconnector.domain;

import java.util.Optional;

/** The decision carried by a wish (codDecVeu). */
public enum Decision {
    F("favorable"),
    S("oui-si"),
    D("défavorable");

    private final String libelle;

    Decision(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<Decision> depuisCode(String code) {
        for (Decision decision : values()) {
            if (decision.name().equals(code)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }
}
