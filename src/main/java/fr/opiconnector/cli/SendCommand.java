package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** send: posts a SOAP request file to an endpoint and says in one line how it was answered. */
@Command(name = "send", description = "Post a SOAP request file (as Parcoursup would) and print the outcome in one "
        + "line: success, or the fault key and lastErrorMsg. Exit status 0 on success only.")
final class SendCommand implements Callable<Integer> {

    private static final Pattern FAUTE = Pattern.compile("<faultstring>([^<]*)</faultstring>");
    private static final Pattern MESSAGE = Pattern.compile("<lastErrorMsg>([^<]*)</lastErrorMsg>");

    @Parameters(index = "0", description = "The request file (a whole SOAP envelope).")
    private Path fichier;

    @Mixin
    private ConfigOption config;

    @Option(names = "--url", description = "The endpoint (default: the service's own, from the configuration: "
            + "opi.public.url, else the listening host and port, https when TLS is on).")
    private URI url;

    @Option(names = "--user", description = "HTTP Basic user.")
    private String utilisateur;

    @Option(names = "--password", description = "HTTP Basic password (or the environment variable OPI_SEND_PASSWORD).")
    private String motDePasse;

    @Option(names = "--dry-run", arity = "0..1", fallbackValue = "X-Opi-Essai", paramLabel = "HEADER",
            description = "Ask for a dry run: the call is checked and answered like a real one and nothing is stored "
                    + "(sends the header HEADER: 1; default X-Opi-Essai, the connector's OPI_ESSAI_ENTETE).")
    private String enteteEssai;

    @Spec
    private CommandSpec spec;

    /** The OpiMetier endpoint the configured service listens on, as a caller on this machine reaches it. */
    private static URI adresseDuService(ConnectorConfig configuration) {
        if (configuration.urlPublique().isPresent()) {
            String base = configuration.urlPublique().get().toString();
            return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/services/OpiMetier");
        }
        String hote = configuration.httpHost().equals("0.0.0.0") || configuration.httpHost().isBlank() ? "127.0.0.1"
                : configuration.httpHost().contains(":") ? "[" + configuration.httpHost() + "]" : configuration.httpHost();
        String schema = configuration.tls().keystore().isPresent() ? "https" : "http";
        return URI.create(schema + "://" + hote + ":" + configuration.httpPort() + "/services/OpiMetier");
    }

    @Override
    public Integer call() throws InterruptedException {
        byte[] corps;
        try {
            corps = Files.readAllBytes(fichier);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("opi-connector: no such file " + fichier);
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("opi-connector: cannot read " + fichier + ": " + e.getMessage());
            return 2;
        }
        if (url == null) {
            url = adresseDuService(config.charger());
        }
        HttpRequest.Builder requete = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps));
        if (enteteEssai != null) {
            requete.header(enteteEssai, "1");
        }
        String secret = motDePasse != null ? motDePasse : System.getenv("OPI_SEND_PASSWORD");
        if (utilisateur != null) {
            requete.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (utilisateur + ":" + (secret == null ? "" : secret)).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> reponse;
        try {
            reponse = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            spec.commandLine().getOut().println("failed: cannot reach " + url + " (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        Matcher faute = FAUTE.matcher(reponse.body());
        if (reponse.statusCode() == 200 && !faute.find()) {
            spec.commandLine().getOut().println("success: HTTP 200 from " + url + (enteteEssai == null ? ""
                    : " (dry run: nothing stored if the connector takes " + enteteEssai + ")"));
            return 0;
        }
        if (faute.find(0)) {
            Matcher message = MESSAGE.matcher(reponse.body());
            spec.commandLine().getOut().println("fault " + faute.group(1) + ": "
                    + (message.find() ? texte(message.group(1)) : "(no lastErrorMsg)") + " (HTTP " + reponse.statusCode() + ")");
        } else {
            spec.commandLine().getOut().println("failed: HTTP " + reponse.statusCode() + " from " + url);
        }
        return 1;
    }

    private static String texte(String xml) {
        return xml.replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
