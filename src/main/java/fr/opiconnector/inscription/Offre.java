package fr.opiconnector.inscription;

import java.util.List;

/**
 * What a wish allows now: whether the student can register on it and why, the VET to offer, and for an Oui-Si the
 * category, motif, course length and cursus aménagé to set on the IA.
 */
public record Offre(
        boolean inscriptible,
        Motif motif,
        Vet vet,
        String codCatOuiSi,
        String mtfCat,
        Integer dureeOuiSi,
        String cursusAmenage,
        Integer codeFormationPsup,
        String libelleFormation,
        List<String> anomalies) {

    /** Why the wish can or cannot be registered on. */
    public enum Motif {
        FAVORABLE(true, "Décision favorable : la VET de la réponse Oui est proposée."),
        OUI_SI(true, "Réponse Oui-Si : la VET Oui-Si est proposée, avec sa catégorie, son motif et son cursus aménagé."),
        LAISSEZ_PASSER(true, "Laissez-passer accordé : l'inscription est possible malgré la décision du vœu."),
        DEFAVORABLE(false, "Décision défavorable : aucune VET n'est proposée (un laissez-passer peut l'ouvrir)."),
        RETIRE(false, "Le vœu ne figure plus dans l'OPI envoyée par Parcoursup (un laissez-passer peut l'ouvrir).");

        private final boolean inscriptible;
        private final String libelle;

        Motif(boolean inscriptible, String libelle) {
            this.inscriptible = inscriptible;
            this.libelle = libelle;
        }

        public boolean inscriptible() {
            return inscriptible;
        }

        public String libelle() {
            return libelle;
        }
    }
}
