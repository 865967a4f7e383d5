package fr.opiconnector.soap;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.MDC;

/** Ends a request once its answer (or fault) has been written: its correlation id, its place among the calls in progress. */
final class FinRequeteInterceptor extends AbstractPhaseInterceptor<Message> {

    private final RequetesEnCours enCours;

    FinRequeteInterceptor(RequetesEnCours enCours) {
        super(Phase.SETUP_ENDING);
        this.enCours = enCours;
    }

    @Override
    public void handleMessage(Message message) {
        MDC.remove(ControleAccesInterceptor.MDC_CORRELATION);
        if (message.getExchange().remove(ControleAccesInterceptor.COMPTEE) != null) {
            enCours.sortir();
        }
    }
}
