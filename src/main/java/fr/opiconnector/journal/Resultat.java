package fr.opiconnector.journal;

/** The outcome of one call, as the journal records it. */
public enum Resultat {
    CREATED("created", "créée"),
    UPDATED("updated", "modifiée"),
    UNCHANGED("unchanged", "inchangée"),
    CONSULTED("consulted", "consultation"),
    REFUSED("refused", "refusée"),
    /** A dry-run call: checked and answered, nothing stored. */
    TEST("test", "essai, rien enregistré"),
    /**
     * The connection broke during the commit: stored or not, nobody can tell. A metric outcome only: the journal
     * row is the call's own, committed with it or not at all.
     */
    UNKNOWN("unknown", "issue inconnue");

    private final String code;
    private final String libelle;

    Resultat(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    /** The outcome as a person reads it, in French. */
    public String libelle() {
        return libelle;
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
