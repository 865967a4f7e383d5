package fr.opiconnector.web;

import fr.opiconnector.config.ConnexionsConfig;
import fr.opiconnector.config.LimitesConfig;
import fr.opiconnector.securite.AllowedNetworks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What keeps slow or numerous connections from stopping a listener: the idle timeout, the bound on the time to send
 * headers, the per-source cap, bodies read in full without a worker before anything is done with them, and the
 * shares of workers (the SOAP endpoints three quarters, /admin one eighth), so that /health and the SOAP calls
 * always find one.
 */
public final class ConnectionProtection {

    /** How many request bodies, at the largest size, may be held in memory at once. */
    private static final int CORPS_EN_MEMOIRE = 32;

    private ConnectionProtection() {
    }

    /**
     * Applies to the server's connector, and puts the protection first in the server's sequence of handlers; on a
     * started server too (CXF starts its own), from the next connection on.
     */
    public static void proteger(Server serveur, LimitesConfig limites, AllowedNetworks proxys) {
        AbstractConnector connecteur = (AbstractConnector) serveur.getConnectors()[0];
        serveur.setErrorHandler(new fr.opiconnector.web.admin.PageErreur());
        connecteur.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class).getHttpConfiguration()
                .setSendServerVersion(false);
        ConnexionsConfig connexions = limites.connexions();
        connecteur.setIdleTimeout(connexions.inactivite().toMillis());
        connecteur.addEventListener(new ConnectionsPerSource(connexions.parSource(), proxys));
        connecteur.addEventListener(new HeaderTimeout(connecteur.getScheduler(), connexions.lecture()));
        int travailleurs = connexions.travailleurs();
        Handler.Sequence sequence = (Handler.Sequence) serveur.getHandler();
        List<Handler> handlers = sequence.getHandlers();
        Handler soap = part(new Suivants(handlers), "/services/*", travailleurs * 3 / 4, connexions.lecture());
        Handler admin = part(soap, "/admin/*", Math.max(2, travailleurs / 8), connexions.lecture());
        // It takes every request, and hands it to the handlers that were there once its body is read.
        Handler protection = new CompleteBodyHandler(admin, limites.octetsMax(), connexions.lecture(),
                connexions.debitMin(), CORPS_EN_MEMOIRE * limites.octetsMax());
        List<Handler> protegee = new ArrayList<>();
        protegee.add(protection);
        protegee.addAll(handlers);
        if (sequence.isStarted()) {
            // A sequence that is running does not start what is added to it, nor stop it then.
            try {
                protection.setServer(serveur);
                protection.start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the protection of the connections", e);
            }
            sequence.setHandlers(protegee);
            sequence.manage(protection);
        } else {
            sequence.setHandlers(protegee);
        }
    }

    private static Handler part(Handler suivant, String chemins, int travailleurs, Duration attenteMax) {
        QoSHandler part = new QoSHandler(suivant);
        part.includePath(chemins);
        part.setMaxRequestCount(travailleurs);
        part.setMaxSuspend(attenteMax);
        return part;
    }

    /** The handlers of the sequence, tried in turn, without taking them over (the sequence still starts and stops them). */
    private static final class Suivants extends Handler.Abstract {

        private final List<Handler> handlers;

        Suivants(List<Handler> handlers) {
            this.handlers = List.copyOf(handlers);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            for (Handler handler : handlers) {
                if (handler.handle(request, response, callback)) {
                    return true;
                }
            }
            return false;
        }
    }
}
