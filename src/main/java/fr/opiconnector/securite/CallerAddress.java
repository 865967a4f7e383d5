package fr.opiconnector.securite;

import java.util.Arrays;
import java.util.List;

/**
 * The caller's address: the connection's, or — when the connection comes from a trusted reverse proxy — the last
 * address of X-Forwarded-For that is not itself a trusted proxy. From anyone else the header is ignored, so that a
 * caller cannot choose the address it is judged by.
 */
public final class CallerAddress {

    private CallerAddress() {
    }

    public static String de(String adresseConnexion, String xForwardedFor, AllowedNetworks proxysDeConfiance) {
        if (xForwardedFor == null || xForwardedFor.isBlank() || !proxysDeConfiance.contient(adresseConnexion)) {
            return adresseConnexion;
        }
        List<String> chaine = Arrays.stream(xForwardedFor.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        for (int i = chaine.size() - 1; i >= 0; i--) {
            if (!proxysDeConfiance.contient(chaine.get(i))) {
                return chaine.get(i);
            }
        }
        return chaine.isEmpty() ? adresseConnexion : chaine.get(0);
    }
}
