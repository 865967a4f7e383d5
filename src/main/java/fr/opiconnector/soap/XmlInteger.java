package fr.opiconnector.soap;

/**
 * How the contract's xsd:int elements are read and written (JAXB binding in wsdl/bindings/jaxb.xml): an empty or
 * blank element is no value, like xsi:nil, instead of 0; anything else must be a whole number, or the request is
 * refused as unreadable.
 */
public final class XmlInteger {

    private XmlInteger() {
    }

    public static Integer lire(String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        return Integer.valueOf(texte.strip());
    }

    public static String ecrire(Integer valeur) {
        return valeur == null ? null : valeur.toString();
    }
}
