package fr.opiconnector.config;

import fr.opiconnector.securite.MotDePasse;
import fr.opiconnector.securite.AllowedNetworks;
import java.time.Duration;

/**
 * Who may call: the SOAP endpoints' credentials, the allow-list of OpiMetier, the trusted reverse proxies; how long
 * credentials checked against a hashed password are remembered (zero: not at all); the longest lifetime a WS-Security
 * Timestamp may claim; and the period over which the refusals before authentication are journaled and logged together.
 */
public record SecuriteConfig(String utilisateur, MotDePasse motDePasse, AllowedNetworks autorisesOpiMetier,
        AllowedNetworks proxysDeConfiance, boolean wsSecurity, Duration dureeCacheMotDePasse, Duration horodatageMax,
        Duration periodeRefus) {

    public boolean authentification() {
        return !utilisateur.isEmpty();
    }

    /** HTTP Basic is checked on every request to the endpoints. */
    public boolean basic() {
        return authentification() && !wsSecurity;
    }

    /** A WS-Security UsernameToken is required in every SOAP request. */
    public boolean usernameToken() {
        return authentification() && wsSecurity;
    }
}
