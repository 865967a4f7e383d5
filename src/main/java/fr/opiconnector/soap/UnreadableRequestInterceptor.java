package fr.opiconnector.soap;

import fr.opiconnector.reception.VersionOpi;
import fr.opiconnector.journal.ClesFaute;
import fr.opiconnector.soap.generated.exception.WebBaseException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.ws.WebFault;
import javax.xml.namespace.QName;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * Gives the faults CXF raises before the endpoint runs (malformed XML, unknown operation, a number that is not
 * one, a non-SOAP body) the same Apogée form as the connector's own: key technical.parameter.noncoherentinput.requete,
 * a WebBaseException detail with a French lastErrorMsg. Such calls are reported to their owner as refused; nothing is
 * stored.
 * CXF's own message is not passed on, as it may quote the request's content.
 */
final class UnreadableRequestInterceptor extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadableRequestInterceptor.class);
    private static final JAXBContext JAXB = contexte();
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    private final String service;
    private final QName elementFaute;

    /**
     * @param service   the service's name, for its message (OpiMetier, DossierOpi)
     * @param namespace the service's namespace, where its fault element lives
     */
    UnreadableRequestInterceptor(String service, String namespace) {
        super(Phase.PREPARE_SEND);
        this.service = service;
        this.elementFaute = new QName(namespace, "fault");
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)
                || fault.getCause() != null && fault.getCause().getClass().isAnnotationPresent(WebFault.class)) {
            return;
        }
        if (AnswerStartedInterceptor.commencee(message)) {
            // The operation ran and answered: the fault arose while its answer was being written, most often because
            // the caller had already closed the connection. The call is journaled with its real outcome; it was not
            // refused, and the caller is no longer there to read a fault.
            LOG.warn("{}: the answer to a processed call could not be sent ({})", service, cause(fault));
            return;
        }
        HttpServletRequest requete = (HttpServletRequest) message.getExchange().getInMessage()
                .get(AbstractHTTPDestination.HTTP_REQUEST);
        Object jugee = message.getExchange().getInMessage().get(AccessControlInterceptor.ADRESSE_APPELANT);
        if (refusWsSecurity(fault)) {
            // A WS-Security refusal keeps the standard wsse fault its clients expect; it is journaled like a 401: once
            // per period, address and key.
            String adresse = jugee != null ? jugee.toString() : requete == null ? null : requete.getRemoteAddr();
            boolean occupe = Boolean.TRUE.equals(message.getExchange().getInMessage().get(CredentialsUsernameTokenValidator.REFUS_OCCUPE));
            SoapCall.de(message).operation(service + " (accès)").adresseAppelant(adresse).refuserAvantAuthentification(
                    occupe ? AccessControlInterceptor.CLE_OCCUPE : AccessControlInterceptor.CLE_UTILISATEUR,
                    "WS-Security " + fault.getFaultCode().getLocalPart());
            return;
        }
        String cle = ClesFaute.REQUETE_ILLISIBLE;
        String raison;
        String lastErrorMsg;
        String nom;
        if (fault.getCause() instanceof UnknownNamespaceException inconnu) {
            cle = ClesFaute.ESPACE_DE_NOMS_INCONNU;
            raison = "operation element in an unknown namespace";
            lastErrorMsg = "L'élément de l'opération " + (inconnu.espaceDeNoms().isEmpty() ? "n'a pas d'espace de noms"
                    : "est dans l'espace de noms « " + inconnu.espaceDeNoms() + " »") + ", que le service " + service
                    + " ne connaît pas. Espaces de noms acceptés : " + Namespaces.liste() + ". Rien n'a été enregistré.";
            // Only a name the contract knows: the journal and the metrics' operation tag stay a bounded set.
            nom = Arrays.stream(VersionOpi.values()).map(VersionOpi::operation)
                    .filter(inconnu.operation()::equals).findFirst().orElse("inconnue");
        } else {
            raison = raison(fault, elementFaute.getNamespaceURI());
            lastErrorMsg = "La requête n'a pas pu être lue comme un appel du service " + service + " : " + raison
                    + ". Rien n'a été enregistré.";
            BindingOperationInfo operation = message.getExchange().getBindingOperationInfo();
            nom = operation == null ? "inconnue" : operation.getName().getLocalPart();
        }
        fault.setMessage(cle);
        remplacerDetail(fault, FautesApogee.detail(cle, lastErrorMsg));
        HttpServletRequest http = requete;
        String adresse = jugee != null ? jugee.toString() : http == null ? null : http.getRemoteAddr();
        LOG.warn("Request refused before reaching the service: {} (HTTP {} from {})", raison,
                http == null ? "?" : http.getMethod(), adresse);
        if (http != null && "POST".equals(http.getMethod())) {
            SoapCall.de(message).operation(nom).adresseAppelant(adresse).refuser(null, cle);
        }
    }

    private static String cause(Throwable fault) {
        Throwable racine = fault;
        while (racine.getCause() != null) {
            racine = racine.getCause();
        }
        return racine.getClass().getSimpleName();
    }

    /** A refusal of WS-Security (WSS4J): wrong or missing UsernameToken, Timestamp, replay. */
    private static boolean refusWsSecurity(Fault fault) {
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (cause instanceof WSSecurityException
                    || cause instanceof SoapFault soap && WSSE.equals(soap.getFaultCode().getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    /** Why CXF refused the request, in French and without quoting it. */
    static String raison(Fault fault, String namespace) {
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
            return "l'opération demandée n'existe pas dans ce service (espace de noms " + namespace + ")";
        }
        if (message.contains("soap") && message.contains("version")) {
            return "l'enveloppe n'est pas une enveloppe SOAP 1.1";
        }
        return "le corps de la requête n'est pas une enveloppe SOAP 1.1 bien formée";
    }

    private void remplacerDetail(Fault fault, WebBaseException detail) {
        Element conteneur = fault.getOrCreateDetail();
        while (conteneur.getFirstChild() != null) {
            conteneur.removeChild(conteneur.getFirstChild());
        }
        try {
            JAXB.createMarshaller().marshal(new JAXBElement<>(elementFaute, WebBaseException.class, detail), conteneur);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the fault detail", e);
        }
    }

    private static JAXBContext contexte() {
        try {
            return JAXBContext.newInstance(WebBaseException.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
