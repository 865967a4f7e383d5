package fr.opiconnector.soap;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.apache.cxf.binding.soap.interceptor.ReadHeadersInterceptor;
import org.apache.cxf.binding.soap.interceptor.StartBodyInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Looks at the namespace of the operation element, the first child of the SOAP body. In a dated namespace of an
 * earlier Apogée version, the request is read on as if it were in the current one (only that element is qualified:
 * its children are not) and the exchange remembers it for the answer; in an unknown namespace, the call is refused
 * with a fault that lists the accepted ones.
 */
final class InboundNamespaceInterceptor extends AbstractPhaseInterceptor<Message> {

    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    InboundNamespaceInterceptor() {
        super(Phase.READ);
        addAfter(ReadHeadersInterceptor.class.getName());
        addAfter(StartBodyInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        XMLStreamReader lecteur = message.getContent(XMLStreamReader.class);
        if (lecteur == null || "GET".equals(message.get(Message.HTTP_REQUEST_METHOD))) {
            return;
        }
        try {
            if (lecteur.getEventType() == XMLStreamConstants.START_ELEMENT && "Body".equals(lecteur.getLocalName())
                    && SOAP_11.equals(lecteur.getNamespaceURI())) {
                lecteur.next();
            }
            while (lecteur.hasNext() && lecteur.getEventType() != XMLStreamConstants.START_ELEMENT
                    && lecteur.getEventType() != XMLStreamConstants.END_ELEMENT) {
                lecteur.next();
            }
        } catch (XMLStreamException e) {
            throw new Fault(e);
        }
        if (lecteur.getEventType() != XMLStreamConstants.START_ELEMENT) {
            return;
        }
        String espace = lecteur.getNamespaceURI() == null ? "" : lecteur.getNamespaceURI();
        if (espace.equals(Namespaces.COURANT)) {
            return;
        }
        if (!Namespaces.DATES.contains(espace)) {
            throw new Fault(new UnknownNamespaceException(espace, lecteur.getLocalName()));
        }
        message.getExchange().put(Namespaces.DE_L_APPEL, espace);
        message.setContent(XMLStreamReader.class, new LecteurVersCourant(lecteur, espace));
    }

    /** Reads the dated namespace as the current one. */
    private static final class LecteurVersCourant extends StreamReaderDelegate {

        private final String date;

        LecteurVersCourant(XMLStreamReader lecteur, String date) {
            super(lecteur);
            this.date = date;
        }

        private String courant(String espace) {
            return date.equals(espace) ? Namespaces.COURANT : espace;
        }

        @Override
        public String getNamespaceURI() {
            return courant(super.getNamespaceURI());
        }

        @Override
        public String getNamespaceURI(String prefixe) {
            return courant(super.getNamespaceURI(prefixe));
        }

        @Override
        public String getNamespaceURI(int index) {
            return courant(super.getNamespaceURI(index));
        }

        @Override
        public String getAttributeNamespace(int index) {
            return courant(super.getAttributeNamespace(index));
        }

        @Override
        public QName getName() {
            QName nom = super.getName();
            return new QName(courant(nom.getNamespaceURI()), nom.getLocalPart(), nom.getPrefix());
        }
    }
}
