package fr.opiconnector.soap;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.MDC;

/** Ends a request once its answer (or fault) has been written: its correlation id leaves the thread's log context. */
final class RequestEndInterceptor extends AbstractPhaseInterceptor<Message> {

    RequestEndInterceptor() {
        super(Phase.SETUP_ENDING);
    }

    @Override
    public void handleMessage(Message message) {
        MDC.remove(AccessControlInterceptor.MDC_CORRELATION);
    }
}
