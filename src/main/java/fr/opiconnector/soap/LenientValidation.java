package fr.opiconnector.soap;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;

/**
 * Lenient reading of the request: unknown elements (which Apogée adds between versions) and JAXB warnings are
 * ignored; anything else (a number that is not one, a broken structure) stops the call with a fault.
 */
final class LenientValidation implements ValidationEventHandler {

    @Override
    public boolean handleEvent(ValidationEvent event) {
        if (event.getSeverity() == ValidationEvent.WARNING) {
            return true;
        }
        String message = event.getMessage();
        return message != null && message.startsWith("unexpected element");
    }
}
