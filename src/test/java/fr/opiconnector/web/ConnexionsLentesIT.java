package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slow connections, with or without credentials, from raw sockets: they hold no worker, so /health and the SOAP calls
 * of other clients are answered while they are open; a body that stalls gets 408 within the read timeout, headers
 * sent a byte at a time are cut off, and one source cannot open more than its share of connections. The sockets come
 * from distinct loopback addresses (127.0.1.x) so that each source stays under the per-source cap.
 */
class ConnexionsLentesIT {

    private static final int LECTURE_SECONDES = 10;
    private static final int PAR_SOURCE = 20;
    private static final String PROXY = "127.0.0.60";
    private static final String IDENTIFIANTS = "Basic " + Base64.getEncoder()
            .encodeToString("parcoursup:secret-de-test".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static MariaDbDEssai base;
    private static ConnecteurDEssai connecteur;
    private static URI adresse;

    @BeforeAll
    static void demarrer() {
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_WS_USER", "parcoursup",
                "OPI_WS_PASSWORD", "secret-de-test",
                "OPI_HTTP_READ_TIMEOUT_SECONDS", String.valueOf(LECTURE_SECONDES),
                "OPI_HTTP_MAX_CONNECTIONS_PER_SOURCE", String.valueOf(PAR_SOURCE),
                "OPI_HTTP_TRUSTED_PROXIES", PROXY + "/32"));
        adresse = URI.create(connecteur.adresse());
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        base.close();
    }

    @BeforeEach
    void vider() {
        base.vider();
    }

    @Test
    void stalled_bodies_beyond_the_worker_pool_leave_health_and_soap_answered_then_get_408() throws Exception {
        // 210 connections, more than the 200 workers: half on the login form, half SOAP calls with valid credentials.
        List<Socket> lentes = new ArrayList<>();
        byte[] opi = ConnecteurDEssai.requete("v10-minimal.xml");
        try {
            for (int i = 0; i < 210; i++) {
                Socket socket = ouvrir("127.0.1." + (1 + i % 21));
                lentes.add(socket);
                OutputStream out = socket.getOutputStream();
                if (i % 2 == 0) {
                    out.write(entetes("POST", "/admin/connexion", "application/x-www-form-urlencoded", 200, null));
                    out.write("identifiant=".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(entetes("POST", adresse.getPath(), "text/xml; charset=utf-8", opi.length, IDENTIFIANTS));
                    out.write(opi, 0, 100);
                }
                out.flush();
            }

            HttpResponse<String> sante = HTTP.send(HttpRequest.newBuilder(URI.create(connecteur.adresse()
                    .replace("/services/OpiMetier", "/health"))).timeout(Duration.ofSeconds(8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sante.statusCode(), sante.body());
            HttpResponse<String> appel = HTTP.send(HttpRequest.newBuilder(adresse).timeout(Duration.ofSeconds(8))
                    .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                    .header("Authorization", IDENTIFIANTS).POST(HttpRequest.BodyPublishers.ofByteArray(opi)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, appel.statusCode(), appel.body());
            assertTrue(connecteur.dossier("P260000100").isPresent(), "the other client's OPI is stored");
            for (Socket socket : lentes) {
                assertEquals(0, socket.getInputStream().available(), "answered while the slow connections were still held");
            }

            for (Socket socket : lentes) {
                assertEquals("HTTP/1.1 408 Request Timeout", ligneDeStatut(socket, LECTURE_SECONDES + 10));
            }
        } finally {
            for (Socket socket : lentes) {
                socket.close();
            }
        }
    }

    @Test
    void a_body_shorter_than_its_content_length_is_refused_within_the_read_timeout_and_nothing_stored() throws Exception {
        byte[] opi = ConnecteurDEssai.requete("v10-minimal.xml");
        try (Socket socket = ouvrir("127.0.2.1")) {
            OutputStream out = socket.getOutputStream();
            out.write(entetes("POST", adresse.getPath(), "text/xml; charset=utf-8", opi.length + 50, IDENTIFIANTS));
            out.write(opi);
            out.flush();

            assertEquals("HTTP/1.1 408 Request Timeout", ligneDeStatut(socket, LECTURE_SECONDES + 10));
        }
        assertTrue(connecteur.dossier("P260000100").isEmpty(), "nothing stored from an incomplete body");
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
        assertEquals(0, base.compter("SELECT COUNT(*) FROM journal WHERE resultat IN ('created', 'updated')"));
    }

    @Test
    void headers_sent_a_byte_at_a_time_are_cut_off_within_the_read_timeout() throws Exception {
        ScheduledExecutorService goutteAGoutte = Executors.newSingleThreadScheduledExecutor();
        try (Socket socket = ouvrir("127.0.3.1")) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lent: ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            goutteAGoutte.scheduleAtFixedRate(() -> {
                try {
                    out.write('a');
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException("the connection is closed", e);
                }
            }, 0, 500, TimeUnit.MILLISECONDS);

            assertTrue(fermeeParLeServeur(socket, 2 * LECTURE_SECONDES + 10),
                    "the connection trickling its headers is closed");
        } finally {
            goutteAGoutte.shutdownNow();
        }
    }

    @Test
    void connections_beyond_the_cap_of_one_source_are_closed_but_not_those_of_a_trusted_proxy() throws Exception {
        assertEquals(PAR_SOURCE, connexionsServies("127.0.4.1", PAR_SOURCE + 1));
        assertEquals(PAR_SOURCE + 1, connexionsServies(PROXY, PAR_SOURCE + 1),
                "a trusted reverse proxy carries many clients");
    }

    /** Opens that many connections from one address, all kept open, each asking /health/live: how many are answered. */
    private static int connexionsServies(String source, int nombre) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < nombre; i++) {
                sockets.add(ouvrir(source));
            }
            int servies = 0;
            for (Socket socket : sockets) {
                try {
                    socket.getOutputStream().write(entetes("GET", "/health/live", null, -1, null));
                    socket.getOutputStream().flush();
                    if (ligneDeStatut(socket, 10).equals("HTTP/1.1 200 OK")) {
                        servies++;
                    }
                } catch (SocketException e) {
                    // closed by the connector: not served
                }
            }
            return servies;
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private static Socket ouvrir(String source) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(source, 0));
        socket.connect(new InetSocketAddress(adresse.getHost(), adresse.getPort()), 5000);
        return socket;
    }

    private static byte[] entetes(String methode, String chemin, String type, int longueur, String autorisation) {
        StringBuilder entetes = new StringBuilder(methode + " " + chemin + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (type != null) {
            entetes.append("Content-Type: ").append(type).append("\r\nSOAPAction: \"\"\r\n");
        }
        if (longueur >= 0) {
            entetes.append("Content-Length: ").append(longueur).append("\r\n");
        }
        if (autorisation != null) {
            entetes.append("Authorization: ").append(autorisation).append("\r\n");
        }
        return entetes.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The status line of the answer, waiting at most that long; "" when the connection closes without one. */
    private static String ligneDeStatut(Socket socket, int secondes) throws IOException {
        socket.setSoTimeout(secondes * 1000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream ligne = new ByteArrayOutputStream();
        for (int octet = in.read(); octet >= 0 && octet != '\n'; octet = in.read()) {
            ligne.write(octet);
        }
        return ligne.toString(StandardCharsets.US_ASCII).strip();
    }

    /** Whether the connector closes the connection (end of stream or reset) within that many seconds. */
    private static boolean fermeeParLeServeur(Socket socket, int secondes) throws IOException {
        socket.setSoTimeout(secondes * 1000);
        try {
            while (socket.getInputStream().read() >= 0) {
                // an answer is not expected; keep reading until the end
            }
            return true;
        } catch (SocketException e) {
            return true;
        }
    }
}
