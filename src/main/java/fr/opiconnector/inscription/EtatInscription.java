package fr.opiconnector.inscription;

import java.util.Optional;

/** The state of an IA, in Parcoursup's codes (etatInscription of the remontées). */
public enum EtatInscription {
    PRINCIPALE(1, "inscription principale"),
    DOUBLE_CURSUS(2, "double cursus"),
    ANNULEE(3, "inscription annulée"),
    PARALLELE(4, "inscription parallèle"),
    PARALLELE_SECONDAIRE(5, "inscription parallèle secondaire");

    private final int code;
    private final String libelle;

    EtatInscription(int code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public int code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<EtatInscription> depuisCode(Integer code) {
        for (EtatInscription etat : values()) {
            if (code != null && etat.code == code) {
                return Optional.of(etat);
            }
        }
        return Optional.empty();
    }
}
