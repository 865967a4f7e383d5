package fr.opiconnector.soap;

import fr.opiconnector.service.ReceptionOpiService;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;

/** The SOAP endpoints on CXF's embedded Jetty: /services/OpiMetier (WSDL at ?wsdl). */
public final class SoapServer implements AutoCloseable {

    public static final String CHEMIN_OPI_METIER = "/services/OpiMetier";

    private final Bus bus;
    private final EndpointImpl opiMetier;
    private final String adresse;

    private SoapServer(Bus bus, EndpointImpl opiMetier, String adresse) {
        this.bus = bus;
        this.opiMetier = opiMetier;
        this.adresse = adresse;
    }

    public static SoapServer demarrer(String host, int port, ReceptionOpiService reception) {
        Bus bus = BusFactory.newInstance().createBus();
        String adresse = "http://" + host + ":" + port + CHEMIN_OPI_METIER;
        try {
            EndpointImpl endpoint = new EndpointImpl(bus, new OpiMetierEndpoint(reception));
            endpoint.setProperties(Map.of(
                    "jaxb-validation-event-handler", new ValidationTolerante(),
                    "schema-validation-enabled", "false"));
            endpoint.getOutFaultInterceptors().add(new RequeteIllisibleInterceptor(reception));
            endpoint.publish(adresse);
            return new SoapServer(bus, endpoint, adresse);
        } catch (RuntimeException e) {
            bus.shutdown(false);
            throw e;
        }
    }

    /** The OpiMetier endpoint address, e.g. http://127.0.0.1:8080/services/OpiMetier. */
    public String adresseOpiMetier() {
        return adresse;
    }

    @Override
    public void close() {
        opiMetier.stop();
        bus.shutdown(true);
    }
}
