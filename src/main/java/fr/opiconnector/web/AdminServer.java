package fr.opiconnector.web;

import fr.opiconnector.config.LimitesConfig;
import fr.opiconnector.securite.AllowedNetworks;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The separate listener of /health and /metrics (OPI_ADMIN_PORT), for deployments that keep them off the public one. */
public final class AdminServer implements AutoCloseable {

    private final Server serveur;

    private AdminServer(Server serveur) {
        this.serveur = serveur;
    }

    public static AdminServer demarrer(String host, int port, List<Handler> handlers, LimitesConfig limites,
            AllowedNetworks proxys) {
        Server serveur = new Server(new QueuedThreadPool(limites.connexions().travailleurs()));
        ServerConnector connecteur = new ServerConnector(serveur);
        connecteur.setHost(host);
        connecteur.setPort(port);
        serveur.addConnector(connecteur);
        serveur.setHandler(new Handler.Sequence(handlers));
        ConnectionProtection.proteger(serveur, limites, proxys);
        serveur.setStopTimeout(2000);
        try {
            serveur.start();
        } catch (Exception e) {
            arreter(serveur);
            throw new IllegalStateException("cannot listen on " + host + ":" + port + " for /health and /metrics: "
                    + e.getMessage(), e);
        }
        return new AdminServer(serveur);
    }

    public int port() {
        return ((ServerConnector) serveur.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() {
        arreter(serveur);
    }

    private static void arreter(Server serveur) {
        try {
            serveur.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the /health and /metrics listener", e);
        }
    }
}
