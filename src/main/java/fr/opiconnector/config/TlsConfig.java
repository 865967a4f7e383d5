package fr.opiconnector.config;

import java.security.KeyStore;
import java.util.Optional;

/** HTTPS served directly (a keystore), optionally with client certificates required (a truststore). */
public record TlsConfig(Optional<KeyStore> keystore, char[] motDePasseKeystore, Optional<KeyStore> truststore) {

    public boolean https() {
        return keystore.isPresent();
    }

    public boolean certificatClientExige() {
        return truststore.isPresent();
    }

    public static TlsConfig aucun() {
        return new TlsConfig(Optional.empty(), new char[0], Optional.empty());
    }

    @Override
    public String toString() {
        return "TlsConfig[https=" + https() + ", mutualTls=" + certificatClientExige() + "]";
    }
}
