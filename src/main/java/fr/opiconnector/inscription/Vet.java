package fr.opiconnector.inscription;

import fr.opiconnector.reception.Voeu;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Apogée VET: étape code (up to 6 characters) and version (1–999), written LDR1/1. */
public record Vet(String codEtp, int codVrsVet) {

    private static final Pattern FORME = Pattern.compile("([A-Z0-9]{1,6})/([1-9][0-9]{0,2})");

    /** Reads "LDR1/1"; empty when the text is not of that form. */
    public static Optional<Vet> lire(String texte) {
        Matcher m = FORME.matcher(texte.strip());
        return m.matches() ? Optional.of(new Vet(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    public static Vet de(Voeu voeu) {
        return new Vet(voeu.cle().codEtp(), voeu.cle().codVrsVet());
    }

    public boolean est(String etape, Integer version) {
        return codEtp.equals(etape) && version != null && codVrsVet == version;
    }

    @Override
    public String toString() {
        return codEtp + "/" + codVrsVet;
    }
}
