package fr.opiconnector.soap;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Concludes the call before its answer (or fault) is written, after every layer has reported to it: whoever reads
 * the answer may rely on the journal row and the metrics.
 */
final class CallEndInterceptor extends AbstractPhaseInterceptor<Message> {

    CallEndInterceptor() {
        super(Phase.PREPARE_SEND);
        addAfter(UnreadableRequestInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        SoapCall.de(message).terminer();
    }
}
