package fr.opiconnector.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay between the connector and its database, that a test can cut to make the database unreachable, or that
 * cuts the one connection on which the next COMMIT goes, before or after the database has executed it.
 */
public final class ProxyTcp implements AutoCloseable {

    private final String hote;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket ecoute;
    private final AtomicReference<Coupure> coupure = new AtomicReference<>();
    private final CountDownLatch degel = new CountDownLatch(1);
    private volatile boolean gele;
    private final AtomicLong octetsRetenus = new AtomicLong();

    /** Where the next COMMIT is cut: before the database receives it, or after it executed it, before its answer. */
    public enum Coupure {
        AVANT_LE_COMMIT,
        APRES_LE_COMMIT
    }

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
                Paire paire = new Paire(client, serveur);
                relayerVersLaBase(paire);
                relayerVersLeConnecteur(paire);
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * The database stops answering, as a paused server does: the connections stay open, and what is sent on them
     * from now on is held, neither delivered nor refused, until {@link #degeler()}.
     */
    public void geler() {
        gele = true;
    }

    public void degeler() {
        gele = false;
        degel.countDown();
    }

    /** Bytes the connector sent since the database froze. */
    public long octetsRetenus() {
        return octetsRetenus.get();
    }

    private void attendreSiGele(int octets) {
        if (gele) {
            octetsRetenus.addAndGet(octets);
            try {
                degel.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The next COMMIT sent on any connection is cut as said; the other connections go on. */
    public void couperAuProchainCommit(Coupure ou) {
        coupure.set(ou);
    }

    /** A connection of the connector and its connection to the database. */
    private record Paire(Socket client, Socket serveur, AtomicBoolean commitEnvoye) {

        Paire(Socket client, Socket serveur) {
            this(client, serveur, new AtomicBoolean());
        }

        void fermer() {
            try {
                client.close();
                serveur.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void relayerVersLaBase(Paire paire) {
        demarrer(() -> {
            byte[] tampon = new byte[64 * 1024];
            InputStream in = paire.client().getInputStream();
            OutputStream out = paire.serveur().getOutputStream();
            for (int lus = in.read(tampon); lus >= 0; lus = in.read(tampon)) {
                attendreSiGele(lus);
                if (contientUnCommit(tampon, lus)) {
                    if (coupure.compareAndSet(Coupure.AVANT_LE_COMMIT, null)) {
                        paire.fermer();
                        return;
                    }
                    if (coupure.compareAndSet(Coupure.APRES_LE_COMMIT, null)) {
                        paire.commitEnvoye().set(true);
                    }
                }
                out.write(tampon, 0, lus);
                out.flush();
            }
        });
    }

    private void relayerVersLeConnecteur(Paire paire) {
        demarrer(() -> {
            byte[] tampon = new byte[64 * 1024];
            InputStream in = paire.serveur().getInputStream();
            OutputStream out = paire.client().getOutputStream();
            for (int lus = in.read(tampon); lus >= 0; lus = in.read(tampon)) {
                attendreSiGele(0);
                if (paire.commitEnvoye().get()) {
                    // The database has answered the COMMIT: it is done, and the connector never hears of it.
                    paire.fermer();
                    return;
                }
                out.write(tampon, 0, lus);
                out.flush();
            }
        });
    }

    /** A MySQL-protocol packet COM_QUERY "COMMIT": length 7, sequence 0, command 3. */
    private static boolean contientUnCommit(byte[] tampon, int longueur) {
        byte[] paquet = {7, 0, 0, 0, 3, 'C', 'O', 'M', 'M', 'I', 'T'};
        for (int i = 0; i + paquet.length <= longueur; i++) {
            if (Arrays.equals(tampon, i, i + paquet.length, paquet, 0, paquet.length)) {
                return true;
            }
        }
        return false;
    }

    private interface Relais {
        void relayer() throws IOException;
    }

    private static void demarrer(Relais relais) {
        Thread t = new Thread(() -> {
            try {
                relais.relayer();
            } catch (IOException | UncheckedIOException e) {
                // one side was cut: end of this direction
            }
        }, "proxy-relay");
        t.setDaemon(true);
        t.start();
    }

    /** The database becomes unreachable: open connections are cut and new ones refused. */
    public void couper() throws IOException {
        degeler();
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
