package fr.opiconnector.securite;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** A list of networks in CIDR notation (192.0.2.0/24, 2001:db8::/32, or a single address). */
public final class AllowedNetworks {

    private record Reseau(byte[] adresse, int prefixe) {

        boolean contient(byte[] autre) {
            if (autre.length != adresse.length) {
                return false;
            }
            BigInteger masque = BigInteger.ONE.shiftLeft(adresse.length * 8).subtract(BigInteger.ONE)
                    .shiftRight(prefixe).not();
            return new BigInteger(1, adresse).and(masque).equals(new BigInteger(1, autre).and(masque));
        }
    }

    private final List<Reseau> reseaux;
    private final String texte;

    private AllowedNetworks(List<Reseau> reseaux, String texte) {
        this.reseaux = reseaux;
        this.texte = texte;
    }

    /** Reads "a.b.c.d/n, …"; empty text gives an empty list. Only literal addresses: no name is ever resolved. */
    public static AllowedNetworks lire(String texte) {
        List<Reseau> reseaux = new ArrayList<>();
        for (String entree : texte.split(",")) {
            String cidr = entree.strip();
            if (cidr.isEmpty()) {
                continue;
            }
            String[] parties = cidr.split("/", 2);
            byte[] adresse = litterale(parties[0]);
            int max = adresse.length * 8;
            int prefixe = parties.length == 2 ? Integer.parseInt(parties[1]) : max;
            if (prefixe < 0 || prefixe > max) {
                throw new IllegalArgumentException(cidr);
            }
            reseaux.add(new Reseau(adresse, prefixe));
        }
        return new AllowedNetworks(List.copyOf(reseaux), texte.strip());
    }

    public boolean vide() {
        return reseaux.isEmpty();
    }

    public boolean contient(String adresse) {
        if (adresse == null) {
            return false;
        }
        try {
            byte[] octets = litterale(adresse.strip());
            return reseaux.stream().anyMatch(r -> r.contient(octets));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] litterale(String adresse) {
        if (!adresse.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            throw new IllegalArgumentException(adresse);
        }
        try {
            return InetAddress.getByName(adresse).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(adresse, e);
        }
    }

    @Override
    public String toString() {
        return texte;
    }
}
