package fr.opiconnector.reception;

import java.util.Optional;

/** The decision carried by a wish (codDecVeu): F and S open registration on it, D does not. */
public enum Decision {
    F("favorable", "Oui", true),
    S("oui-si", "Oui-Si", true),
    D("défavorable", "Non", false);

    private final String libelle;
    private final String reponse;
    private final boolean ouvre;

    Decision(String libelle, String reponse, boolean ouvre) {
        this.libelle = libelle;
        this.reponse = reponse;
        this.ouvre = ouvre;
    }

    public String libelle() {
        return libelle;
    }

    /** The answer as Parcoursup words it to the candidate: Oui, Oui-Si, Non. */
    public String reponse() {
        return reponse;
    }

    /** Whether a wish of this decision may be registered on (without a laissez-passer). */
    public boolean ouvre() {
        return ouvre;
    }

    /** The codes of the decisions that open registration, for the queries that select on them. */
    public static java.util.List<String> codesOuvrants() {
        return java.util.Arrays.stream(values()).filter(Decision::ouvre).map(Decision::name).toList();
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
