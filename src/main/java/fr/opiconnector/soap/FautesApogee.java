package fr.opiconnector.soap;

import fr.opiconnector.soap.generated.exception.TableauString;
import fr.opiconnector.soap.generated.exception.WebBaseException;

/**
 * Apogée's fault form: faultstring = the dotted key, detail = WebBaseException whose type, nature, domaine and
 * element are the key's parts (technical / parameter / noncoherentinput / dateNaiIndOpi), messages the key, and
 * lastErrorMsg the French sentence.
 */
final class FautesApogee {

    private FautesApogee() {
    }

    static WebBaseException detail(String cle, String message) {
        String[] parties = cle.split("\\.", 4);
        WebBaseException detail = new WebBaseException();
        detail.setType(partie(parties, 0));
        detail.setNature(partie(parties, 1));
        detail.setDomaine(partie(parties, 2));
        detail.setElement(partie(parties, 3));
        TableauString messages = new TableauString();
        messages.getItem().add(cle);
        detail.setMessages(messages);
        detail.setLastErrorMsg(message);
        return detail;
    }

    private static String partie(String[] parties, int i) {
        return i < parties.length ? parties[i] : null;
    }
}
