package fr.opiconnector;

import static fr.opiconnector.support.SortieProcessus.attendreLaLigne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.opiconnector.support.ConnecteurDEssai;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the container image runs, without a Docker engine: the runtime stage of the Dockerfile is read (ENV,
 * WORKDIR, ENTRYPOINT, CMD, HEALTHCHECK) and its command line started on the built jar, with the image's environment,
 * from a directory holding only what the image copies into /app, as an unprivileged user when the tests run as root.
 * Only the published port differs (a free one, as `docker run -p` would map it), and the credentials are given as
 * `docker run -e` would give them.
 */
class ImageIT {

    private static final String JAR = System.getProperty("opi.test.jar", "target/opi-connector.jar");
    private static final String UTILISATEUR = "parcoursup";
    private static final String MOT_DE_PASSE = "image-s3cret";

    @Test
    void the_image_command_line_serves_answers_its_healthcheck_and_stops_cleanly(@TempDir Path racine) throws Exception {
        Dockerfile image = Dockerfile.lire(Path.of("Dockerfile"));
        assertEquals("opi", image.utilisateur(), "the image runs as its own non-root user");
        assertEquals("/app", image.repertoire());
        Path app = Files.createDirectories(racine.resolve("app"));
        Path data = Files.createDirectories(racine.resolve("data"));
        Files.copy(Path.of(JAR), app.resolve("opi-connector.jar"));
        Files.copy(Path.of("docker/healthcheck.sh"), app.resolve("healthcheck.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        for (Path chemin : List.of(racine, app, data)) {
            Files.setPosixFilePermissions(chemin, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        boolean sansPrivilege = "root".equals(System.getProperty("user.name"));
        if (sansPrivilege) {
            Files.setOwner(data, data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        }
        int port = ConnecteurDEssai.portLibre();
        Map<String, String> environnement = new LinkedHashMap<>();
        image.environnement().forEach((cle, valeur) -> environnement.put(cle, conteneur(valeur, racine)));
        assertEquals("0.0.0.0", environnement.get("OPI_HTTP_HOST"));
        environnement.put("OPI_HTTP_PORT", String.valueOf(port));
        environnement.put("OPI_WS_USER", UTILISATEUR);
        environnement.put("OPI_WS_PASSWORD", MOT_DE_PASSE);
        environnement.put("HOME", app.toString());
        List<String> commande = new ArrayList<>();
        image.entrypoint().forEach(argument -> commande.add(conteneur(argument, racine)));
        image.cmd().forEach(argument -> commande.add(conteneur(argument, racine)));
        commande.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());

        Process serveur = lancer(commande, app, environnement, sansPrivilege);
        List<String> journal = new ArrayList<>();
        BufferedReader sortie = new BufferedReader(new InputStreamReader(serveur.getInputStream(), StandardCharsets.UTF_8));
        String adresse = "http://127.0.0.1:" + port + "/services/OpiMetier";
        try {
            attendreLaLigne(sortie, journal, "opi-connector ready");
            byte[] sample = Files.readAllBytes(Path.of("config/samples/mettreajourDonneesOpi_v10.xml"));

            Process sondeSaine = lancer(image.healthcheck().stream().map(a -> conteneur(a, racine)).toList(), app,
                    environnement, sansPrivilege);
            HttpResponse<String> sansIdentifiants = poster(adresse, sample, null);
            HttpResponse<String> appel = poster(adresse, sample, UTILISATEUR + ":" + MOT_DE_PASSE);
            HttpResponse<String> sante = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertTrue(sondeSaine.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, sondeSaine.exitValue(), "HEALTHCHECK healthy: " + lire(sondeSaine));
            assertEquals(401, sansIdentifiants.statusCode(), "credentials required on 0.0.0.0");
            assertEquals(200, appel.statusCode(), appel.body());
            assertEquals("UP", new ObjectMapper().readTree(sante.body()).path("status").asText(), sante.body());
            Path baseEmbarquee = data.resolve("opi-connector.mv.db");
            assertTrue(Files.exists(baseEmbarquee), "the embedded database lives in the /data volume");
            if (sansPrivilege) {
                assertEquals("nobody", Files.getOwner(baseEmbarquee).getName(), "written by the unprivileged user");
            }
        } finally {
            serveur.toHandle().destroy(); // SIGTERM, as docker stop sends it
        }
        for (String ligne = sortie.readLine(); ligne != null; ligne = sortie.readLine()) {
            journal.add(ligne);
        }
        assertTrue(serveur.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, serveur.exitValue(), String.join("\n", journal));
        Process sondeArretee = lancer(image.healthcheck().stream().map(a -> conteneur(a, racine)).toList(), app,
                environnement, sansPrivilege);
        assertTrue(sondeArretee.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, sondeArretee.exitValue(), "HEALTHCHECK unhealthy once the service is gone");
        assertFalse(String.join("\n", journal).contains("DURAND"), "no personal data in the logs");
    }

    /** A path inside the container, as seen from the test's root directory. */
    private static String conteneur(String valeur, Path racine) {
        return valeur.startsWith("/app") || valeur.startsWith("/data") ? racine + valeur : valeur;
    }

    private static Process lancer(List<String> commande, Path repertoire, Map<String, String> environnement,
            boolean sansPrivilege) throws IOException {
        List<String> complete = new ArrayList<>();
        if (sansPrivilege) {
            complete.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        complete.addAll(commande);
        ProcessBuilder builder = new ProcessBuilder(complete).directory(repertoire.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(cle -> cle.startsWith("OPI_"));
        builder.environment().putAll(environnement);
        return builder.start();
    }

    private static String lire(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> poster(String adresse, byte[] corps, String identifiants) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(adresse))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps));
        if (identifiants != null) {
            requete.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    identifiants.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The runtime stage (the last FROM) of a Dockerfile: what `docker run` executes. */
    private record Dockerfile(Map<String, String> environnement, List<String> entrypoint, List<String> cmd,
            List<String> healthcheck, String repertoire, String utilisateur) {

        private static final Pattern EXEC = Pattern.compile("\\[(.*)]\\s*$");
        private static final Pattern ARGUMENT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        private static final Pattern ENV = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\\S*)");

        static Dockerfile lire(Path fichier) throws IOException {
            String texte = Files.readString(fichier).replaceAll("\\\\\\n\\s*", " ");
            List<String> instructions = texte.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            int debut = 0;
            for (int i = 0; i < instructions.size(); i++) {
                if (instructions.get(i).startsWith("FROM ")) {
                    debut = i;
                }
            }
            Map<String, String> environnement = new LinkedHashMap<>();
            List<String> entrypoint = List.of();
            List<String> cmd = List.of();
            List<String> healthcheck = List.of();
            String repertoire = "/";
            String utilisateur = "root";
            for (String instruction : instructions.subList(debut, instructions.size())) {
                String mot = instruction.split("\\s+", 2)[0];
                String reste = instruction.substring(mot.length()).strip();
                switch (mot) {
                    case "ENV" -> {
                        Matcher paire = ENV.matcher(reste);
                        while (paire.find()) {
                            environnement.put(paire.group(1), paire.group(2));
                        }
                    }
                    case "ENTRYPOINT" -> entrypoint = exec(reste);
                    case "CMD" -> cmd = exec(reste);
                    case "HEALTHCHECK" -> healthcheck = exec(reste.substring(reste.indexOf("CMD ") + 4));
                    case "WORKDIR" -> repertoire = reste;
                    case "USER" -> utilisateur = reste;
                    default -> { }
                }
            }
            return new Dockerfile(environnement, entrypoint, cmd, healthcheck, repertoire, utilisateur);
        }

        private static List<String> exec(String texte) {
            Matcher tableau = EXEC.matcher(texte);
            assertTrue(tableau.find(), "exec form (JSON array) expected, so that signals reach the JVM: " + texte);
            List<String> arguments = new ArrayList<>();
            Matcher argument = ARGUMENT.matcher(tableau.group(1));
            while (argument.find()) {
                arguments.add(argument.group(1));
            }
            return arguments;
        }
    }
}
