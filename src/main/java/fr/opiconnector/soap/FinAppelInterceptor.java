package fr.opiconnector.soap;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Concludes the call before its answer (or fault) is written, after every layer has reported to it: whoever reads
 * the answer may rely on the journal row and the metrics.
 */
final class FinAppelInterceptor extends AbstractPhaseInterceptor<Message> {

    FinAppelInterceptor() {
        super(Phase.PREPARE_SEND);
        addAfter(RequeteIllisibleInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        AppelSoap.de(message).terminer();
    }
}
