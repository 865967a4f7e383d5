package fr.opiconnector.soap;

import fr.opiconnector.service.InscriptionService;
import fr.opiconnector.service.JournalService;
import fr.opiconnector.service.ReceptionOpiService;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;

/**
 * The SOAP endpoints on CXF's embedded Jetty: /services/OpiMetier for Parcoursup and /services/DossierOpi for the
 * registration application (WSDL of each at ?wsdl).
 */
public final class SoapServer implements AutoCloseable {

    public static final String CHEMIN_OPI_METIER = "/services/OpiMetier";
    public static final String CHEMIN_DOSSIER_OPI = "/services/DossierOpi";

    private final Bus bus;
    private final EndpointImpl opiMetier;
    private final EndpointImpl dossierOpi;
    private final String base;

    private SoapServer(Bus bus, EndpointImpl opiMetier, EndpointImpl dossierOpi, String base) {
        this.bus = bus;
        this.opiMetier = opiMetier;
        this.dossierOpi = dossierOpi;
        this.base = base;
    }

    public static SoapServer demarrer(String host, int port, ReceptionOpiService reception, InscriptionService inscriptions,
            JournalService journal) {
        Bus bus = BusFactory.newInstance().createBus();
        String base = "http://" + host + ":" + port;
        try {
            EndpointImpl opiMetier = publier(bus, new OpiMetierEndpoint(reception, journal), base + CHEMIN_OPI_METIER,
                    new RequeteIllisibleInterceptor(journal, "OpiMetier", OpiMetierEndpoint.NAMESPACE));
            EndpointImpl dossierOpi = publier(bus, new DossierOpiEndpoint(inscriptions, journal), base + CHEMIN_DOSSIER_OPI,
                    new RequeteIllisibleInterceptor(journal, "DossierOpi", DossierOpiEndpoint.NAMESPACE));
            return new SoapServer(bus, opiMetier, dossierOpi, base);
        } catch (RuntimeException e) {
            bus.shutdown(false);
            throw e;
        }
    }

    private static EndpointImpl publier(Bus bus, Object implementation, String adresse,
            RequeteIllisibleInterceptor requeteIllisible) {
        EndpointImpl endpoint = new EndpointImpl(bus, implementation);
        endpoint.setProperties(Map.of(
                "jaxb-validation-event-handler", new ValidationTolerante(),
                "schema-validation-enabled", "false"));
        endpoint.getOutFaultInterceptors().add(requeteIllisible);
        endpoint.publish(adresse);
        return endpoint;
    }

    /** The OpiMetier endpoint address, e.g. http://127.0.0.1:8080/services/OpiMetier. */
    public String adresseOpiMetier() {
        return base + CHEMIN_OPI_METIER;
    }

    /** The DossierOpi endpoint address. */
    public String adresseDossierOpi() {
        return base + CHEMIN_DOSSIER_OPI;
    }

    @Override
    public void close() {
        opiMetier.stop();
        dossierOpi.stop();
        bus.shutdown(true);
    }
}
