package fr.opiconnector.soap;

import java.util.Iterator;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.cxf.interceptor.AbstractOutDatabindingInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.staxutils.DelegatingXMLStreamWriter;

/**
 * Answers a request made in a dated namespace in that namespace: the response element, or the fault detail element,
 * is written in the namespace the caller's client was generated for.
 */
final class OutboundNamespaceInterceptor extends AbstractPhaseInterceptor<Message> {

    OutboundNamespaceInterceptor() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(Message message) {
        Object date = message.getExchange().get(Namespaces.DE_L_APPEL);
        XMLStreamWriter ecrivain = message.getContent(XMLStreamWriter.class);
        if (date != null && ecrivain != null) {
            // Otherwise CXF may marshal the body straight to the output stream, past this writer.
            message.put(AbstractOutDatabindingInterceptor.DISABLE_OUTPUTSTREAM_OPTIMIZATION, Boolean.TRUE);
            message.setContent(XMLStreamWriter.class, new EcrivainVersDate(ecrivain, date.toString()));
        }
    }

    /** Writes the current namespace as the dated one, and reads it back the same way. */
    private static final class EcrivainVersDate extends DelegatingXMLStreamWriter {

        private final String date;

        EcrivainVersDate(XMLStreamWriter ecrivain, String date) {
            super(ecrivain);
            this.date = date;
        }

        private String versDate(String espace) {
            return Namespaces.COURANT.equals(espace) ? date : espace;
        }

        private String versCourant(String espace) {
            return date.equals(espace) ? Namespaces.COURANT : espace;
        }

        @Override
        public void writeStartElement(String prefixe, String local, String espace) throws XMLStreamException {
            super.writeStartElement(prefixe, local, versDate(espace));
        }

        @Override
        public void writeStartElement(String espace, String local) throws XMLStreamException {
            super.writeStartElement(versDate(espace), local);
        }

        @Override
        public void writeEmptyElement(String prefixe, String local, String espace) throws XMLStreamException {
            super.writeEmptyElement(prefixe, local, versDate(espace));
        }

        @Override
        public void writeEmptyElement(String espace, String local) throws XMLStreamException {
            super.writeEmptyElement(versDate(espace), local);
        }

        @Override
        public void writeNamespace(String prefixe, String espace) throws XMLStreamException {
            super.writeNamespace(prefixe, versDate(espace));
        }

        @Override
        public void writeDefaultNamespace(String espace) throws XMLStreamException {
            super.writeDefaultNamespace(versDate(espace));
        }

        @Override
        public void setPrefix(String prefixe, String espace) throws XMLStreamException {
            super.setPrefix(prefixe, versDate(espace));
        }

        @Override
        public void setDefaultNamespace(String espace) throws XMLStreamException {
            super.setDefaultNamespace(versDate(espace));
        }

        @Override
        public String getPrefix(String espace) throws XMLStreamException {
            return super.getPrefix(versDate(espace));
        }

        @Override
        public void writeAttribute(String prefixe, String espace, String local, String valeur) throws XMLStreamException {
            super.writeAttribute(prefixe, versDate(espace), local, valeur);
        }

        @Override
        public void writeAttribute(String espace, String local, String valeur) throws XMLStreamException {
            super.writeAttribute(versDate(espace), local, valeur);
        }

        @Override
        public NamespaceContext getNamespaceContext() {
            NamespaceContext contexte = super.getNamespaceContext();
            return new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefixe) {
                    return versCourant(contexte.getNamespaceURI(prefixe));
                }

                @Override
                public String getPrefix(String espace) {
                    return contexte.getPrefix(versDate(espace));
                }

                @Override
                public Iterator<String> getPrefixes(String espace) {
                    return contexte.getPrefixes(versDate(espace));
                }
            };
        }
    }
}
