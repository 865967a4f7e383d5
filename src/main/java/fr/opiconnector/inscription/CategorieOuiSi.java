package fr.opiconnector.inscription;

/** What an Oui-Si category means for a formation: the course length (3 or 4 years) and the cursus aménagé to attach. */
public record CategorieOuiSi(String code, int dureeAnnees, String cursusAmenage) {

    @Override
    public String toString() {
        return code + ":" + dureeAnnees + ":" + cursusAmenage;
    }
}
