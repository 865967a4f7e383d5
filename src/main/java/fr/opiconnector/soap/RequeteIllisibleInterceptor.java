package fr.opiconnector.soap;

import fr.opiconnector.service.Appel;
import fr.opiconnector.service.ClesFaute;
import fr.opiconnector.service.ReceptionOpiService;
import fr.opiconnector.soap.generated.ObjectFactory;
import fr.opiconnector.soap.generated.WebBaseException;
import fr.opiconnector.soap.generated.WebBaseException_Exception;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * Gives the faults CXF raises before the endpoint runs (malformed XML, unknown operation, a number that is not
 * one, a non-SOAP body) the same Apogée form as the connector's own: key technical.parameter.noncoherentinput.requete,
 * a WebBaseException detail with a French lastErrorMsg. Such calls are journaled as refused; nothing is stored.
 * CXF's own message is not passed on, as it may quote the request's content.
 */
final class RequeteIllisibleInterceptor extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(RequeteIllisibleInterceptor.class);
    private static final JAXBContext JAXB = contexte();

    private final ReceptionOpiService reception;

    RequeteIllisibleInterceptor(ReceptionOpiService reception) {
        super(Phase.PREPARE_SEND);
        this.reception = reception;
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)
                || fault.getCause() instanceof WebBaseException_Exception) {
            return;
        }
        String raison = raison(fault);
        String lastErrorMsg = "La requête n'a pas pu être lue comme un appel du service OpiMetier : " + raison
                + ". Rien n'a été enregistré.";
        fault.setMessage(ClesFaute.REQUETE_ILLISIBLE);
        remplacerDetail(fault, FautesApogee.detail(ClesFaute.REQUETE_ILLISIBLE, lastErrorMsg));
        HttpServletRequest http = (HttpServletRequest) message.getExchange().getInMessage()
                .get(AbstractHTTPDestination.HTTP_REQUEST);
        String adresse = http == null ? null : http.getRemoteAddr();
        LOG.warn("Request refused before reaching the service: {} (HTTP {} from {})", raison,
                http == null ? "?" : http.getMethod(), adresse);
        if (http != null && "POST".equals(http.getMethod())) {
            BindingOperationInfo operation = message.getExchange().getBindingOperationInfo();
            String nom = operation == null ? "inconnue" : operation.getName().getLocalPart();
            reception.refuser(new Appel(nom, adresse, System.nanoTime()), null, ClesFaute.REQUETE_ILLISIBLE);
        }
    }

    /** Why CXF refused the request, in French and without quoting it. */
    static String raison(Fault fault) {
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (cause instanceof XMLStreamException) {
                return "le corps de la requête n'est pas une enveloppe SOAP 1.1 bien formée";
            }
        }
        String message = String.valueOf(fault.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("unmarshalling error")) {
            return "un élément n'a pas la forme que le contrat attend (un nombre mal écrit, par exemple)";
        }
        if (message.contains("wrapper element") || message.contains("no such operation")
                || message.contains("message part") || message.contains("operation")) {
            return "l'opération demandée n'existe pas ; ce service attend mettreajourDonneesOpi_v10 dans l'espace de noms "
                    + OpiMetierEndpoint.NAMESPACE;
        }
        if (message.contains("soap") && message.contains("version")) {
            return "l'enveloppe n'est pas une enveloppe SOAP 1.1";
        }
        return "le corps de la requête n'est pas une enveloppe SOAP 1.1 bien formée";
    }

    private static void remplacerDetail(Fault fault, WebBaseException detail) {
        Element conteneur = fault.getOrCreateDetail();
        while (conteneur.getFirstChild() != null) {
            conteneur.removeChild(conteneur.getFirstChild());
        }
        try {
            JAXB.createMarshaller().marshal(new ObjectFactory().createFault(detail), conteneur);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the fault detail", e);
        }
    }

    private static JAXBContext contexte() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
