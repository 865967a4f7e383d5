package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken XML, posted as raw bytes: each is refused (SOAP fault, or HTTP 413 for the size), nothing is
 * stored, no local file is ever read, and the service keeps serving the others.
 */
class XmlHostileIT extends AvecConnecteur {

    private static final String REQUETE = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"),
            StandardCharsets.UTF_8);
    private static final String ILLISIBLE = "technical.parameter.noncoherentinput.requete";

    @AfterEach
    void rienNestStocke() {
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"), "nothing stored");
        assertTrue(connecteur.poster("v10-minimal.xml").reponseVide(), "the service still serves");
    }

    @Test
    void a_doctype_with_an_external_entity_never_reads_the_file() {
        Reponse reponse = poster("<?xml version=\"1.0\"?><!DOCTYPE S:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + REQUETE.substring(REQUETE.indexOf("<S:Envelope")).replace("P260000042", "&xxe;"));

        assertEquals(ILLISIBLE, reponse.faultstring(), reponse.corps());
        assertFalse(reponse.corps().contains("root:"), reponse.corps());
    }

    @Test
    void entity_expansion_is_refused() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        Reponse reponse = poster(dtd + REQUETE.substring(REQUETE.indexOf("<S:Envelope")).replace("P260000042", "&lol9;"));

        assertEquals(ILLISIBLE, reponse.faultstring(), reponse.corps());
    }

    @Test
    void ten_thousand_levels_of_nesting_are_refused() {
        Reponse reponse = poster(REQUETE.replace("<_donneesOpi>", "<_donneesOpi>" + "<a>".repeat(10_000) + "</a>".repeat(10_000)));

        assertEquals(ILLISIBLE, reponse.faultstring(), reponse.corps());
    }

    @Test
    void a_hundred_thousand_siblings_are_refused() {
        Reponse reponse = poster(REQUETE.replace("<_donneesOpi>", "<_donneesOpi>" + "<a/>".repeat(100_000)));

        assertEquals(ILLISIBLE, reponse.faultstring(), reponse.corps());
    }

    @Test
    void a_50_mb_body_gets_413_before_it_is_read() throws Exception {
        URI adresse = URI.create(connecteur.adresse());
        try (Socket socket = new Socket(adresse.getHost(), adresse.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + adresse.getPath() + " HTTP/1.1\r\nHost: " + adresse.getHost()
                    + "\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + 50 * 1024 * 1024
                    + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statut = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertEquals("HTTP/1.1 413 Payload Too Large", statut, "answered from the headers, no byte of the body sent");
        }
    }

    @Test
    void a_body_without_length_is_stopped_at_the_limit() throws Exception {
        byte[] corps = (REQUETE.replace("<lib1>12 RUE DE LA PAIX</lib1>", "<lib1>" + "x".repeat(3_000_000) + "</lib1>"))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> reponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(connecteur.adresse()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(corps))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(500, reponse.statusCode());
        assertTrue(reponse.body().contains("<faultstring>" + ILLISIBLE + "</faultstring>"), reponse.body());
    }

    @Test
    void a_10_mb_text_node_is_refused_even_under_a_larger_body_limit() {
        try (ConnecteurDEssai large = ConnecteurDEssai.demarrer(base.url(),
                Map.of("OPI_HTTP_MAX_REQUEST_BYTES", String.valueOf(20 * 1024 * 1024)))) {
            Reponse reponse = ConnecteurDEssai.posterOctets(large.adresse(), REQUETE.replace("<lib1>12 RUE DE LA PAIX</lib1>",
                    "<lib1>" + "x".repeat(10 * 1024 * 1024) + "</lib1>").getBytes(StandardCharsets.UTF_8));

            assertEquals(500, reponse.statut());
            assertEquals(ILLISIBLE, reponse.faultstring(), reponse.corps().substring(0, Math.min(500, reponse.corps().length())));
        }
    }

    @Test
    void malformed_xml_is_refused() {
        assertEquals(ILLISIBLE, poster(REQUETE.substring(0, REQUETE.length() / 2)).faultstring());
    }

    @Test
    void a_soap_1_2_envelope_is_refused() {
        Reponse reponse = poster(REQUETE.replace("http://schemas.xmlsoap.org/soap/envelope/",
                "http://www.w3.org/2003/05/soap-envelope"));

        assertEquals(500, reponse.statut());
        assertEquals(ILLISIBLE, reponse.faultstring(), reponse.corps());
    }

    @Test
    void a_wrong_content_type_is_refused() throws Exception {
        HttpResponse<String> reponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(connecteur.adresse()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"codOpiIntEpo\":\"P260000042\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(500, reponse.statusCode(), reponse.body());
        assertTrue(reponse.body().contains(ILLISIBLE), reponse.body());
    }

    @Test
    void an_empty_body_is_refused() {
        assertEquals(ILLISIBLE, poster("").faultstring());
    }

    @Test
    void a_wrong_namespace_is_refused() {
        Reponse reponse = poster(REQUETE.replace("gouv.education.apogee.commun.servicesmetiers.OpiMetier", "urn:autre"));

        assertEquals("technical.parameter.noncoherentinput.espaceDeNoms", reponse.faultstring(), reponse.corps());
        assertTrue(reponse.lastErrorMsg().contains("« urn:autre »"), reponse.lastErrorMsg());
        assertTrue(reponse.lastErrorMsg().contains("Espaces de noms acceptés"), reponse.lastErrorMsg());
    }

    @Test
    void hostile_requests_do_not_stop_the_others() throws Exception {
        List<String> hostiles = List.of(
                REQUETE.replace("<_donneesOpi>", "<_donneesOpi>" + "<a/>".repeat(100_000)),
                REQUETE.replace("<_donneesOpi>", "<_donneesOpi>" + "<a>".repeat(10_000) + "</a>".repeat(10_000)),
                REQUETE.replace("<lib1>12 RUE DE LA PAIX</lib1>", "<lib1>" + "x".repeat(1_000_000) + "</lib1>"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reponse>> normales = new ArrayList<>();
            List<Future<Reponse>> refusees = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                for (String hostile : hostiles) {
                    refusees.add(pool.submit(() -> poster(hostile)));
                }
                normales.add(pool.submit(() -> connecteur.poster("v10-nil-partout.xml")));
            }
            for (Future<Reponse> normale : normales) {
                assertTrue(normale.get().reponseVide(), normale.get().corps());
            }
            for (Future<Reponse> refusee : refusees) {
                assertEquals(ILLISIBLE, refusee.get().faultstring());
            }
        } finally {
            pool.shutdownNow();
        }
        base.vider();
    }

    private static Reponse poster(String corps) {
        return connecteur.posterOctets(corps.getBytes(StandardCharsets.UTF_8));
    }
}
