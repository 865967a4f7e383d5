package fr.opiconnector.web;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.Calls;
import fr.opiconnector.journal.CallsInProgress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Admits the calls to /services/*: each one becomes an {@link Appel}, which owns it until its answer is completely
 * written (and is concluded then if nothing concluded it before), and is counted, so that a stop waits for it; once
 * the stop has begun, every new call gets HTTP 503 at once, even while the endpoints close.
 */
public final class AdmissionHandler extends Handler.Abstract {

    private final CallsInProgress enCours;
    private final Calls appels;

    public AdmissionHandler(CallsInProgress enCours, Calls appels) {
        this.enCours = enCours;
        this.appels = appels;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Request.getPathInContext(request).startsWith("/services/")) {
            return false;
        }
        if (enCours.entrer()) {
            Appel appel = appels.admettre(null, Request.getRemoteAddr(request));
            request.setAttribute(Appel.ATTRIBUT, appel);
            Request.addCompletionListener(request, fin -> {
                try {
                    appel.terminer();
                } finally {
                    enCours.sortir();
                }
            });
            return false;
        }
        response.setStatus(503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap("Service en cours d'arrêt : renvoyez la demande dans un instant.\n"
                .getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
