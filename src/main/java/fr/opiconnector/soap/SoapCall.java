package fr.opiconnector.soap;

import fr.opiconnector.journal.Appel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/** The call an HTTP request was admitted as (by the admission handler), seen from CXF's message or an endpoint. */
final class SoapCall {

    private SoapCall() {
    }

    static Appel de(Message message) {
        Message entrant = message.getExchange() == null || message.getExchange().getInMessage() == null ? message
                : message.getExchange().getInMessage();
        return de(entrant.get(AbstractHTTPDestination.HTTP_REQUEST));
    }

    static Appel de(WebServiceContext contexte) {
        return de(contexte.getMessageContext().get(MessageContext.SERVLET_REQUEST));
    }

    private static Appel de(Object requete) {
        if (requete instanceof HttpServletRequest http && http.getAttribute(Appel.ATTRIBUT) instanceof Appel appel) {
            return appel;
        }
        throw new IllegalStateException("a SOAP request reached the endpoints without being admitted as a call");
    }
}
