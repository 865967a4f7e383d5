package fr.opiconnector.reception;

/** The key of a wish within an individual: centre de gestion and VET (étape + version). */
public record CleVoeu(String codCge, String codEtp, Integer codVrsVet) {

    @Override
    public String toString() {
        return codCge + "/" + codEtp + "/" + codVrsVet;
    }
}
