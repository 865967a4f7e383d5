package fr.opiconnector.config;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** The link to Parcoursup: where, who, how long to wait, when to send and how to retry. */
public record ParcoursupConfig(
        URI url,
        String login,
        String motDePasse,
        String uai,
        String cleIdentifiant,
        boolean codeStatutInscription,
        Duration connectTimeout,
        Duration readTimeout,
        LocalTime heure,
        ZoneId fuseau,
        boolean planifiees,
        Duration delaiInitial,
        Duration delaiMax,
        int tentatives) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ParcoursupConfig[url=" + url + ", login=" + login + ", motDePasse=" + (motDePasse.isEmpty() ? "" : "***")
                + ", uai=" + uai + ", cleIdentifiant=" + cleIdentifiant + ", codeStatutInscription=" + codeStatutInscription
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", heure="
                + heure + ", fuseau=" + fuseau + ", planifiees=" + planifiees + ", delaiInitial=" + delaiInitial
                + ", delaiMax=" + delaiMax + ", tentatives=" + tentatives + "]";
    }
}
