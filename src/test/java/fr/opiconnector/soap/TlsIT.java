package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS served directly from a PKCS#12 keystore, and mutual TLS when a truststore of client certificates is set. */
class TlsIT {

    private static final String MOT_DE_PASSE = "changeit";

    private static Path dossier;
    private static MariaDbDEssai base;

    @BeforeAll
    static void creerLesCertificats(@TempDir Path temporaire) throws Exception {
        dossier = temporaire;
        keytool("-genkeypair", "-alias", "serveur", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", "serveur.p12", "-storepass", MOT_DE_PASSE, "-keypass", MOT_DE_PASSE);
        keytool("-exportcert", "-alias", "serveur", "-keystore", "serveur.p12", "-storepass", MOT_DE_PASSE, "-file", "serveur.cer");
        keytool("-importcert", "-noprompt", "-alias", "serveur", "-file", "serveur.cer", "-storetype", "PKCS12",
                "-keystore", "confiance-client.p12", "-storepass", MOT_DE_PASSE);
        keytool("-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=parcoursup",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", "client.p12", "-storepass", MOT_DE_PASSE,
                "-keypass", MOT_DE_PASSE);
        keytool("-exportcert", "-alias", "client", "-keystore", "client.p12", "-storepass", MOT_DE_PASSE, "-file", "client.cer");
        keytool("-importcert", "-noprompt", "-alias", "client", "-file", "client.cer", "-storetype", "PKCS12",
                "-keystore", "confiance-serveur.p12", "-storepass", MOT_DE_PASSE);
        base = MariaDbDEssai.nouvelleBase();
    }

    @AfterAll
    static void nettoyer() {
        base.close();
    }

    @Test
    void https_is_served_from_the_keystore_and_plain_http_is_not() throws Exception {
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of(
                "OPI_HTTP_TLS_KEYSTORE", dossier.resolve("serveur.p12").toString(),
                "OPI_HTTP_TLS_KEYSTORE_PASSWORD", MOT_DE_PASSE))) {
            assertTrue(connecteur.adresse().startsWith("https://"), connecteur.adresse());

            HttpResponse<String> reponse = poster(client(false), connecteur.adresse());

            assertEquals(200, reponse.statusCode(), reponse.body());
            String enClair = connecteur.adresse().replace("https://", "http://");
            boolean refuse;
            try {
                refuse = poster(HttpClient.newHttpClient(), enClair).statusCode() != 200;
            } catch (IOException e) {
                refuse = true;
            }
            assertTrue(refuse, "no plain HTTP on the TLS port");
        }
    }

    @Test
    void mutual_tls_lets_in_the_trusted_client_certificate_only() throws Exception {
        try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of(
                "OPI_HTTP_TLS_KEYSTORE", dossier.resolve("serveur.p12").toString(),
                "OPI_HTTP_TLS_KEYSTORE_PASSWORD", MOT_DE_PASSE,
                "OPI_HTTP_TLS_TRUSTSTORE", dossier.resolve("confiance-serveur.p12").toString(),
                "OPI_HTTP_TLS_TRUSTSTORE_PASSWORD", MOT_DE_PASSE))) {
            HttpResponse<String> avecCertificat = poster(client(true), connecteur.adresse());

            assertEquals(200, avecCertificat.statusCode(), avecCertificat.body());
            assertThrows(IOException.class, () -> poster(client(false), connecteur.adresse()),
                    "without a client certificate the TLS handshake fails");
        }
    }

    private static HttpResponse<String> poster(HttpClient client, String adresse) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(adresse)).header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ConnecteurDEssai.requete("v10-minimal.xml"))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(boolean avecCertificat) throws Exception {
        TrustManagerFactory confiance = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        confiance.init(magasin("confiance-client.p12"));
        KeyManagerFactory cles = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        cles.init(avecCertificat ? magasin("client.p12") : null, MOT_DE_PASSE.toCharArray());
        SSLContext contexte = SSLContext.getInstance("TLS");
        contexte.init(avecCertificat ? cles.getKeyManagers() : null, confiance.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(contexte).build();
    }

    private static KeyStore magasin(String fichier) throws Exception {
        KeyStore magasin = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dossier.resolve(fichier))) {
            magasin.load(in, MOT_DE_PASSE.toCharArray());
        }
        return magasin;
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        commande.addAll(List.of(arguments));
        Process process = new ProcessBuilder(commande).directory(dossier.toFile()).redirectErrorStream(true).start();
        String sortie = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), sortie);
    }
}
