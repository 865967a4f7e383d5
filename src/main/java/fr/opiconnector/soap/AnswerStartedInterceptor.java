package fr.opiconnector.soap;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Marks the exchange when the operation has answered and its answer starts being written, so that a fault raised
 * from then on (the caller gone, the connection reset) is not taken for a refusal of the call.
 */
final class AnswerStartedInterceptor extends AbstractPhaseInterceptor<Message> {

    static final String REPONSE_COMMENCEE = "opi.reponse.commencee";

    AnswerStartedInterceptor() {
        super(Phase.SETUP);
    }

    @Override
    public void handleMessage(Message message) {
        message.getExchange().put(REPONSE_COMMENCEE, Boolean.TRUE);
    }

    static boolean commencee(Message message) {
        return Boolean.TRUE.equals(message.getExchange().get(REPONSE_COMMENCEE));
    }
}
