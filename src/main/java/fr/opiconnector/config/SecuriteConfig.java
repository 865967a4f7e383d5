package fr.opiconnector.config;

import fr.opiconnector.securite.MotDePasse;
import fr.opiconnector.securite.ReseauxAutorises;

/** Who may call: the SOAP endpoints' credentials, the allow-list of OpiMetier, the trusted reverse proxies. */
public record SecuriteConfig(String utilisateur, MotDePasse motDePasse, ReseauxAutorises autorisesOpiMetier,
        ReseauxAutorises proxysDeConfiance) {

    public boolean authentification() {
        return !utilisateur.isEmpty();
    }
}
