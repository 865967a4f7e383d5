package fr.opiconnector.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TCP relay between the connector and its database, that a test can cut to make the database unreachable. */
public final class ProxyTcp implements AutoCloseable {

    private final String hote;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket ecoute;

    public ProxyTcp(String hoteEtPort) throws IOException {
        this.hote = hoteEtPort.substring(0, hoteEtPort.lastIndexOf(':'));
        this.port = Integer.parseInt(hoteEtPort.substring(hoteEtPort.lastIndexOf(':') + 1));
        ecouter(0);
    }

    private void ecouter(int portLocal) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), portLocal), 50);
        ecoute = socket;
        Thread accepteur = new Thread(this::accepter, "proxy-accept");
        accepteur.setDaemon(true);
        accepteur.start();
    }

    public String hoteEtPort() {
        return "127.0.0.1:" + ecoute.getLocalPort();
    }

    /** The database is back, on the same address. */
    public void retablir() throws IOException {
        ecouter(ecoute.getLocalPort());
    }

    private void accepter() {
        ServerSocket ecoute = this.ecoute;
        while (!ecoute.isClosed()) {
            try {
                Socket client = ecoute.accept();
                Socket serveur = new Socket(hote, port);
                sockets.add(client);
                sockets.add(serveur);
                relayer(client, serveur);
                relayer(serveur, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void relayer(Socket de, Socket vers) {
        Thread t = new Thread(() -> {
            try (InputStream in = de.getInputStream(); OutputStream out = vers.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side was cut: end of this direction
            }
        }, "proxy-relay");
        t.setDaemon(true);
        t.start();
    }

    /** The database becomes unreachable: open connections are cut and new ones refused. */
    public void couper() throws IOException {
        ecoute.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        couper();
    }
}
