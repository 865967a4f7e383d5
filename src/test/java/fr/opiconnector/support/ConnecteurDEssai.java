package fr.opiconnector.support;

import fr.opiconnector.Application;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.inscription.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real connector (HTTP server, CXF, Hibernate) started on a free port against a test database. */
public final class ConnecteurDEssai implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Application application;

    private ConnecteurDEssai(Application application) {
        this.application = application;
    }

    public static ConnecteurDEssai demarrer(String urlBase) {
        return demarrer(urlBase, Map.of());
    }

    /** Starts the connector with the default configuration, the given database and extra OPI_* variables. */
    public static ConnecteurDEssai demarrer(String urlBase, Map<String, String> variables) {
        return demarrer(urlBase, variables, Application.Mode.NORMAL);
    }

    /** The same, on a clock the test sets (sessions, TOTP steps, lock-outs and delays of the admin logins). */
    public static ConnecteurDEssai demarrer(String urlBase, Map<String, String> variables, Clock horloge) {
        return demarrer(urlBase, variables, Application.Mode.NORMAL, horloge);
    }

    /** `serve --noop`: the same stack, nothing stored (its database is in memory). */
    public static ConnecteurDEssai demarrerSansStockage() {
        return demarrer("", Map.of(), Application.Mode.SANS_STOCKAGE);
    }

    private static ConnecteurDEssai demarrer(String urlBase, Map<String, String> variables, Application.Mode mode) {
        return demarrer(urlBase, variables, mode, Clock.systemDefaultZone());
    }

    private static ConnecteurDEssai demarrer(String urlBase, Map<String, String> variables, Application.Mode mode,
            Clock horloge) {
        Map<String, String> avecFormations = new HashMap<>(Map.of("OPI_FORMATIONS_FILE", fichierFormations().toString(),
                "OPI_REMONTEES_PLANIFIEES", "false"));
        avecFormations.putAll(variables);
        ConnectorConfig config = ConnectorConfig.charger(Optional.empty(), avecFormations)
                .avecBase(urlBase, MariaDbDEssai.utilisateur(), MariaDbDEssai.motDePasse())
                .avecHttp("127.0.0.1", portLibre());
        return new ConnecteurDEssai(Application.demarrer(config, horloge, mode));
    }

    /** The formation mapping of the tests (src/test/resources/formations-test.csv). */
    public static Path fichierFormations() {
        try {
            return Path.of(ConnecteurDEssai.class.getResource("/formations-test.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int portLibre() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String adresse() {
        return application.adresseOpiMetier();
    }

    /** GET /health: status and body. */
    public Reponse sante() {
        return get("/health");
    }

    /** GET /metrics: status and body. */
    public Reponse metriques() {
        return get("/metrics");
    }

    /** A GET on the service's port. */
    public Reponse get(String chemin) {
        return get(URI.create(adresse().replace("/services/OpiMetier", chemin)));
    }

    public static Reponse get(URI adresse) {
        try {
            HttpResponse<String> reponse = HTTP.send(HttpRequest.newBuilder(adresse).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reponse(reponse.statusCode(), reponse.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The value of one series in a Prometheus scrape, e.g. {@code opi_remontees_total{outcome="sent"}}; 0 when the
     * series is not there yet (a counter nothing has incremented).
     */
    public static double serie(String scrape, String serie) {
        return scrape.lines().filter(l -> l.startsWith(serie + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(serie.length() + 1).split(" ")[0])).orElse(0.0);
    }

    public String adresseDossierOpi() {
        return application.adresseDossierOpi();
    }

    /** Posts a request file of src/test/resources/requests as it is, as an Apogée client does. */
    public Reponse poster(String fichier) {
        return posterOctets(requete(fichier));
    }

    public Reponse posterOctets(byte[] corps) {
        return posterOctets(adresse(), corps);
    }

    /** Posts a request to one of the connector's endpoints. */
    public static Reponse posterOctets(String adresse, byte[] corps) {
        HttpRequest requete = HttpRequest.newBuilder(URI.create(adresse))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps))
                .build();
        try {
            HttpResponse<String> reponse = HTTP.send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reponse(reponse.statusCode(), reponse.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a request with HTTP Basic credentials ("user:password", or null for none) and an X-Forwarded-For. */
    public static HttpResponse<String> posterAvec(String adresse, String identifiants, String xForwardedFor, byte[] corps) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(adresse)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps));
        if (identifiants != null) {
            requete.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(identifiants.getBytes(StandardCharsets.UTF_8)));
        }
        if (xForwardedFor != null) {
            requete.header("X-Forwarded-For", xForwardedFor);
        }
        try {
            return HTTP.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] requete(String fichier) {
        try (InputStream in = ConnecteurDEssai.class.getResourceAsStream("/requests/" + fichier)) {
            if (in == null) {
                throw new IllegalArgumentException("no request file " + fichier);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Application application() {
        return application;
    }

    public Optional<Dossier> dossier(String code) {
        return application.dossiers().consulter(code);
    }

    @Override
    public void close() {
        application.close();
    }

    /** An HTTP answer with the SOAP fault's key and lastErrorMsg when there is one. */
    public record Reponse(int statut, String corps) {

        private static final Pattern FAULTSTRING = Pattern.compile("<faultstring>([^<]*)</faultstring>");
        private static final Pattern LAST_ERROR = Pattern.compile("<lastErrorMsg>([^<]*)</lastErrorMsg>");

        public String faultstring() {
            return groupe(FAULTSTRING);
        }

        public String lastErrorMsg() {
            return groupe(LAST_ERROR).replace("&apos;", "'");
        }

        public boolean reponseVide() {
            return statut == 200 && corps.contains("mettreajourDonneesOpi_v10Response") && !corps.contains("Fault");
        }

        private String groupe(Pattern motif) {
            Matcher m = motif.matcher(corps);
            return m.find() ? m.group(1) : null;
        }
    }
}
