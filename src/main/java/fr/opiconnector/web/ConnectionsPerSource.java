package fr.opiconnector.web;

import fr.opiconnector.securite.AllowedNetworks;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.SelectableChannelEndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the connections one peer address holds at once: beyond the cap a new connection is closed as soon as it is
 * opened. The address is the TCP peer's, never a header's; trusted reverse proxies are not capped (they carry many
 * callers and cap them themselves).
 */
public final class ConnectionsPerSource implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerSource.class);

    private final int max;
    private final AllowedNetworks proxys;
    private final Map<String, Integer> ouvertes = new HashMap<>();

    public ConnectionsPerSource(int max, AllowedNetworks proxys) {
        this.max = max;
        this.proxys = proxys;
    }

    @Override
    public void onOpened(Connection connexion) {
        String source = source(connexion);
        if (source == null) {
            return;
        }
        int nombre;
        synchronized (ouvertes) {
            nombre = ouvertes.merge(source, 1, Integer::sum);
        }
        if (nombre > max) {
            if (nombre == max + 1) {
                LOG.warn("Connections from {} over the limit of {} (opi.http.max.connections.per.source): closed", source, max);
            }
            connexion.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connexion) {
        String source = source(connexion);
        if (source == null) {
            return;
        }
        synchronized (ouvertes) {
            ouvertes.computeIfPresent(source, (cle, nombre) -> nombre > 1 ? nombre - 1 : null);
        }
    }

    /** The peer's address, for the network connection only (not the HTTP one above TLS); null when not capped. */
    private String source(Connection connexion) {
        if (!(connexion.getEndPoint() instanceof SelectableChannelEndPoint)) {
            return null;
        }
        SocketAddress pair = connexion.getEndPoint().getRemoteSocketAddress();
        if (!(pair instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return null;
        }
        String adresse = inet.getAddress().getHostAddress();
        return !proxys.vide() && proxys.contient(adresse) ? null : adresse;
    }
}
