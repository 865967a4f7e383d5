package fr.opiconnector.cli;

import static fr.opiconnector.support.SortieProcessus.attendreLaLigne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fat jar as a new user runs it: from an empty directory, no configuration, embedded H2 in ./data; the
 * sample posted; `dossier` reading the database while the service runs; a clean stop on SIGTERM.
 */
class JarIT {

    private static final String JAR = System.getProperty("opi.test.jar", "target/opi-connector.jar");

    @Test
    void the_jar_serves_stores_shows_and_stops_cleanly_with_no_configuration(@TempDir Path vide) throws Exception {
        int port = ConnecteurDEssai.portLibre();
        Process serveur = java(vide, Map.of("OPI_HTTP_PORT", String.valueOf(port)));
        List<String> journal = new ArrayList<>();
        BufferedReader sortie = new BufferedReader(new InputStreamReader(serveur.getInputStream(), StandardCharsets.UTF_8));
        try {
            attendreLaLigne(sortie, journal, "opi-connector ready");
            String adresse = "http://127.0.0.1:" + port + "/services/OpiMetier";
            byte[] sample = Files.readAllBytes(Path.of("config/samples/mettreajourDonneesOpi_v10.xml"));

            HttpResponse<String> premiere = poster(adresse, sample);
            HttpResponse<String> seconde = poster(adresse, sample);

            assertEquals(200, premiere.statusCode(), premiere.body());
            assertTrue(premiere.body().contains("mettreajourDonneesOpi_v10Response"), premiere.body());
            assertEquals(200, seconde.statusCode(), seconde.body());
            Resultat dossier = executer(vide, Map.of(), "dossier", "P260012345");
            assertEquals(0, dossier.statut(), dossier.sortie());
            assertTrue(dossier.sortie().contains("etatCivil.libNomPatIndOpi: DURAND-MOREL"), dossier.sortie());
            assertTrue(dossier.sortie().contains("mettreajourDonneesOpi_v10  unchanged"), dossier.sortie());
            assertEquals(1, executer(vide, Map.of(), "dossier", "P269999999").statut());
            assertTrue(Files.isDirectory(vide.resolve("data")), "the embedded database lives in ./data");
            assertTrue(journal.stream().anyMatch(l -> l.contains("ready: OpiMetier at http://127.0.0.1:" + port)), journal.toString());
            assertTrue(journal.stream().anyMatch(l -> l.contains("NO AUTHENTICATION")), "said loudly: " + journal);
            assertTrue(journal.stream().anyMatch(l -> l.contains("Admin pages at http://127.0.0.1:" + port + "/admin, health at "
                    + "http://127.0.0.1:" + port + "/health")), "where everything is: " + journal);
            assertTrue(journal.stream().anyMatch(l -> l.contains("No admin account yet: create the first one with: java -jar "
                    + "opi-connector.jar comptes ajouter")), "the next step: " + journal);
            HttpResponse<String> accueil = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, accueil.statusCode());
            assertTrue(accueil.body().contains("/services/OpiMetier?wsdl") && accueil.body().contains("href=\"/admin\""),
                    accueil.body());
            for (InetAddress autre : adressesNonLocales()) {
                assertThrows(ConnectException.class, () -> new Socket(autre, port).close(),
                        "not reachable from another machine: " + autre);
            }
        } finally {
            serveur.toHandle().destroy(); // SIGTERM, keeping the output readable
        }
        for (String ligne = sortie.readLine(); ligne != null; ligne = sortie.readLine()) {
            journal.add(ligne);
        }
        assertTrue(serveur.waitFor(60, TimeUnit.SECONDS), "the service stops on SIGTERM");
        String tout = String.join("\n", journal);
        assertEquals(0, serveur.exitValue(), "a stop asked for and carried out is a success: " + tout);
        assertTrue(tout.contains("Stopped"), tout);
        assertFalse(tout.contains("Exception"), tout);
        assertFalse(tout.contains("DURAND"), "no personal data in the logs: " + tout);
    }

    @Test
    void the_embedded_database_is_readable_by_its_owner_only_and_lets_the_command_line_in_on_loopback_only(
            @TempDir Path vide) throws Exception {
        int port = ConnecteurDEssai.portLibre();
        Process serveur = java(vide, Map.of("OPI_HTTP_PORT", String.valueOf(port)));
        BufferedReader sortie = new BufferedReader(new InputStreamReader(serveur.getInputStream(), StandardCharsets.UTF_8));
        try {
            attendreLaLigne(sortie, new ArrayList<>(), "opi-connector ready");
            Path donnees = vide.resolve("data");

            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(donnees)));
            try (Stream<Path> fichiers = Files.list(donnees)) {
                for (Path fichier : fichiers.toList()) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fichier)),
                            "personal data readable by the service's user only: " + fichier.getFileName());
                }
            }
            Properties verrou = new Properties();
            try (var in = Files.newInputStream(donnees.resolve("opi-connector.lock.db"))) {
                verrou.load(in);
            }
            String serveurH2 = verrou.getProperty("server", "");
            assertTrue(serveurH2.startsWith("127.0.0.1:") || serveurH2.startsWith("localhost:"),
                    "the command line is sent to H2's AUTO_SERVER on loopback: " + serveurH2);
            int portH2 = Integer.parseInt(serveurH2.substring(serveurH2.indexOf(':') + 1));
            for (InetAddress autre : adressesNonLocales()) {
                assertThrows(ConnectException.class, () -> new Socket(autre, portH2).close(),
                        "H2's AUTO_SERVER not reachable from another machine: " + autre);
            }
            assertEquals(1, executer(vide, Map.of(), "dossier", "P269999999").statut(),
                    "the command line still reads the database while the service runs");
        } finally {
            serveur.toHandle().destroy();
        }
        assertTrue(serveur.waitFor(60, TimeUnit.SECONDS));
    }

    @Test
    void a_stop_during_a_load_loses_no_accepted_call(@TempDir Path vide) throws Exception {
        int port = ConnecteurDEssai.portLibre();
        Process serveur = java(vide, Map.of("OPI_HTTP_PORT", String.valueOf(port)));
        BufferedReader sortie = new BufferedReader(new InputStreamReader(serveur.getInputStream(), StandardCharsets.UTF_8));
        attendreLaLigne(sortie, new ArrayList<>(), "opi-connector ready");
        String requete = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"), StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService charge = Executors.newFixedThreadPool(8);
        CountDownLatch premieres = new CountDownLatch(15);
        Map<String, Future<Integer>> appels = new LinkedHashMap<>();
        for (int i = 0; i < 80; i++) {
            String code = String.format("P26%07d", 500 + i);
            appels.put(code, charge.submit(() -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/services/OpiMetier"))
                            .header("Content-Type", "text/xml; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(requete.replace("P260000042", code))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    return -1;
                } finally {
                    premieres.countDown();
                }
            }));
        }
        assertTrue(premieres.await(60, TimeUnit.SECONDS));
        serveur.toHandle().destroy();
        Map<String, Integer> statuts = new LinkedHashMap<>();
        for (Map.Entry<String, Future<Integer>> appel : appels.entrySet()) {
            statuts.put(appel.getKey(), appel.getValue().get());
        }
        charge.shutdown();
        List<String> journal = new ArrayList<>();
        for (String ligne = sortie.readLine(); ligne != null; ligne = sortie.readLine()) {
            journal.add(ligne);
        }
        String tout = String.join("\n", journal);
        Set<String> acceptees = new HashSet<>();
        statuts.forEach((code, statut) -> {
            // Accepted (200), refused because the stop has begun (503), or the port already closed (-1): the caller
            // resends all but the first.
            assertTrue(statut == 200 || statut == 503 || statut == -1, code + ": HTTP " + statut + "\n" + tout);
            if (statut == 200) {
                acceptees.add(code);
            }
        });
        assertFalse(tout.contains("Exception"), tout);
        assertTrue(serveur.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, serveur.exitValue());
        assertTrue(acceptees.size() >= 15, acceptees.toString());
        Set<String> stockees = new HashSet<>();
        try (Connection base = DriverManager.getConnection("jdbc:h2:file:" + vide.resolve("data/opi-connector")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE", "sa", "");
                ResultSet lignes = base.createStatement().executeQuery("SELECT cod_opi_int_epo FROM individu")) {
            while (lignes.next()) {
                stockees.add(lignes.getString(1));
            }
        }
        assertTrue(stockees.containsAll(acceptees), "every call answered 200 is stored: " + acceptees + " vs " + stockees);
    }

    @Test
    void json_logs_carry_the_correlation_id_sent_back_to_the_caller(@TempDir Path vide) throws Exception {
        int port = ConnecteurDEssai.portLibre();
        Process serveur = java(vide, Map.of("OPI_HTTP_PORT", String.valueOf(port), "OPI_LOG_FORMAT", "json"));
        List<String> lignes = new ArrayList<>();
        BufferedReader sortie = new BufferedReader(new InputStreamReader(serveur.getInputStream(), StandardCharsets.UTF_8));
        String correlation;
        try {
            attendreLaLigne(sortie, lignes, "opi-connector ready");
            HttpResponse<String> reponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/services/OpiMetier"))
                    .header("Content-Type", "text/xml; charset=utf-8").header("X-Request-Id", "psup-42-abc")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ConnecteurDEssai.requete("v10-minimal.xml"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            correlation = reponse.headers().firstValue("X-Request-Id").orElse("");
            attendreLaLigne(sortie, lignes, "P26000**** created");
        } finally {
            serveur.toHandle().destroy();
        }
        for (String ligne = sortie.readLine(); ligne != null; ligne = sortie.readLine()) {
            lignes.add(ligne);
        }
        assertTrue(serveur.waitFor(60, TimeUnit.SECONDS));

        assertEquals("psup-42-abc", correlation);
        ObjectMapper json = new ObjectMapper();
        for (String ligne : lignes) {
            assertTrue(json.readTree(ligne).has("level"), "one JSON object per line: " + ligne);
        }
        String ligneAppel = lignes.stream().filter(l -> l.contains("P26000**** created")).findFirst().orElseThrow();
        assertEquals("psup-42-abc", json.readTree(ligneAppel).at("/mdc/requete").asText(), ligneAppel);
    }

    @Test
    void a_wrong_value_stops_start_up_with_one_line_naming_the_key(@TempDir Path vide) throws Exception {
        Resultat resultat = executer(vide, Map.of("OPI_HTTP_PORT", "huit-mille"), "serve");

        assertEquals(2, resultat.statut(), resultat.sortie());
        assertEquals("opi-connector: invalid configuration: OPI_HTTP_PORT (opi.http.port) = \"huit-mille\": "
                + "expected an integer from 1 to 65535", resultat.sortie().strip());
    }

    @Test
    void an_unreachable_database_at_start_is_one_line_too(@TempDir Path vide) throws Exception {
        int ferme = ConnecteurDEssai.portLibre();
        Resultat resultat = executer(vide, Map.of("OPI_DB_URL", "jdbc:mariadb://127.0.0.1:" + ferme + "/opi",
                "OPI_DB_USER", "opi", "OPI_DB_PASSWORD", "s3cret", "OPI_DB_CONNECT_TIMEOUT_SECONDS", "1"), "serve");

        assertEquals(2, resultat.statut(), resultat.sortie());
        assertTrue(resultat.sortie().strip().startsWith("opi-connector: cannot connect to the database at jdbc:mariadb://127.0.0.1:"
                + ferme + "/opi"), resultat.sortie());
        assertEquals(1, resultat.sortie().strip().lines().count(), resultat.sortie());
        assertFalse(resultat.sortie().contains("s3cret"), resultat.sortie());
    }

    @Test
    void a_command_run_from_another_directory_finds_the_services_database_or_says_how_and_creates_nothing(
            @TempDir Path service, @TempDir Path ailleurs) throws Exception {
        Path donnees = service.resolve("data");
        assertEquals(0, executer(service, Map.of(), "migrate").statut());
        Path configuration = service.resolve("opi.properties");
        Files.writeString(configuration, "opi.data.dir=" + donnees + "\n");

        Resultat sansConfiguration = executer(ailleurs, Map.of(), "statut");
        Resultat parOpiConfig = executer(ailleurs, Map.of("OPI_CONFIG", configuration.toString()), "statut");
        Resultat parOpiDataDir = executer(ailleurs, Map.of("OPI_DATA_DIR", donnees.toString()), "statut");

        assertEquals(2, sansConfiguration.statut(), sansConfiguration.sortie());
        assertEquals("opi-connector: no connector database in " + ailleurs.toRealPath().resolve("data")
                + " (OPI_DATA_DIR, the embedded database): give this command the service's configuration (--config FILE "
                + "or OPI_CONFIG), or OPI_DATA_DIR, or run it from the service's directory",
                sansConfiguration.sortie().strip());
        assertFalse(Files.exists(ailleurs.resolve("data")), "no empty database created where the command ran");
        assertEquals(0, parOpiConfig.statut(), parOpiConfig.sortie());
        assertTrue(parOpiConfig.sortie().startsWith("Tester connecteur: never run"), parOpiConfig.sortie());
        assertEquals(0, parOpiDataDir.statut(), parOpiDataDir.sortie());
        assertEquals(parOpiConfig.sortie(), parOpiDataDir.sortie());
    }

    /** This machine's addresses that other machines could use to reach it. */
    private static List<InetAddress> adressesNonLocales() throws SocketException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
    }

    private static Process java(Path repertoire, Map<String, String> variables, String... arguments) throws IOException {
        List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(JAR).toAbsolutePath().toString()));
        commande.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(commande).directory(repertoire.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(cle -> cle.startsWith("OPI_"));
        builder.environment().putAll(variables);
        return builder.start();
    }

    private static Resultat executer(Path repertoire, Map<String, String> variables, String... arguments) throws Exception {
        Process process = java(repertoire, variables, arguments);
        String sortie = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Resultat(process.exitValue(), sortie);
    }

    private static HttpResponse<String> poster(String adresse, byte[] corps) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(adresse))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Resultat(int statut, String sortie) {
    }
}
