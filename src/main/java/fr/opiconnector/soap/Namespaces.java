package fr.opiconnector.soap;

import java.util.List;

/**
 * The namespaces OpiMetier requests are accepted in (domain.md §1.2): the undated one of Apogée 6.00 onwards, which
 * the WSDL publishes, and the dated ones of the earlier client versions. A request in a dated namespace is read as if
 * it were in the current one and answered in its own. These are payload namespaces: the service and its port are
 * published in {@link OpiMetierEndpoint#NAMESPACE_IMPL}, as in Apogée's WSDL, which no request uses.
 */
final class Namespaces {

    static final String COURANT = OpiMetierEndpoint.NAMESPACE;
    /** Apogée 5.20 (2019), 5.00 (2017-07), 4.90 (2017-02). */
    static final List<String> DATES = List.of(
            "gouv.education.apogee.commun.servicesmetiers.OpiMetier_30042019",
            "gouv.education.apogee.commun.servicesmetiers.OpiMetier_28072017",
            "gouv.education.apogee.commun.servicesmetiers.OpiMetier_13022017");
    /** Exchange property: the dated namespace the request came in, when it was not the current one. */
    static final String DE_L_APPEL = "opi.espaceDeNoms";

    private Namespaces() {
    }

    /** Every accepted namespace, the current one first, as a fault message lists them. */
    static String liste() {
        return COURANT + ", " + String.join(", ", DATES);
    }
}
