package fr.opiconnector.journal;

/** The outcome of one call, as the journal records it. */
public enum Resultat {
    CREATED("created"),
    UPDATED("updated"),
    UNCHANGED("unchanged"),
    CONSULTED("consulted"),
    REFUSED("refused"),
    /** A dry-run call: checked and answered, nothing stored. */
    TEST("test"),
    /**
     * The connection broke during the commit: stored or not, nobody can tell. A metric outcome only: the journal
     * row is the call's own, committed with it or not at all.
     */
    UNKNOWN("unknown");

    private final String code;

    Resultat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Resultat depuisCode(String code) {
        for (Resultat resultat : values()) {
            if (resultat.code.equals(code)) {
                return resultat;
            }
        }
        throw new IllegalArgumentException("unknown outcome " + code);
    }
}
