package fr.opiconnector.config;

import fr.opiconnector.securite.MotDePasse;
import fr.opiconnector.securite.AllowedNetworks;
import java.io.IOException;
import java.security.KeyStore;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The connector's configuration: the defaults documented in config/opi-connector.properties (packaged in the jar),
 * then an optional properties file, then OPI_* environment variables. Every value is checked here, at start.
 */
public record ConnectorConfig(
        String httpHost,
        int httpPort,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        Duration dbConnectTimeout,
        Duration dbSocketTimeout,
        Path fichierFormations,
        boolean fichierFormationsParDefaut,
        ParcoursupConfig parcoursup,
        SecuriteConfig securite,
        LimitesConfig limites,
        TlsConfig tls,
        Optional<Path> captureDossier,
        int captureJours,
        Duration delaiArret,
        Optional<URI> urlPublique,
        Optional<AdminConfig> admin,
        EssaiConfig essai,
        ExportsConfig exports,
        Optional<SmtpConfig> smtp,
        Optional<URI> urlAdminConfiguree) {

    /**
     * The file exports: Pégase's origine_admission code, and the margin an incremental export takes before the last
     * one's time (a call committed just after a row was read carries an earlier time).
     */
    public record ExportsConfig(String origineAdmission, Duration margeIncrementale) {
    }

    /**
     * The dry run: calls for these OPI codes, or carrying this HTTP header with the value 1, are checked and answered
     * like real ones, journaled as tests, and store nothing.
     */
    public record EssaiConfig(java.util.Set<String> codes, String entete) {
    }

    /** The separate listener of /health and /metrics, when one is configured. */
    public record AdminConfig(String host, int port) {
    }

    private static final String DEFAULTS = "/opi-connector.properties";

    /** The embedded H2 database's file name in the data directory, without H2's extension. */
    public static final String FICHIER_BASE_EMBARQUEE = "opi-connector";

    /** Loads the configuration; fails with one line naming the key at the first wrong value. */
    public static ConnectorConfig charger(Optional<Path> fichier, Map<String, String> environnement) {
        String format = environnement.getOrDefault("OPI_LOG_FORMAT", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new ConfigurationException("invalid configuration: OPI_LOG_FORMAT = \"" + format + "\": expected text or json");
        }
        Valeurs valeurs = new Valeurs(defaults(), fichier, environnement);
        String host = valeurs.texte("opi.http.host");
        if (host.isBlank()) {
            throw valeurs.erreur("opi.http.host", "expected a host name or an IP address");
        }
        Path dataDir = valeurs.convertir("opi.data.dir", "a directory path", Path::of);
        TlsConfig tls = tls(valeurs);
        String url = valeurs.texte("opi.db.url").trim();
        if (!url.isEmpty() && !url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:h2:")) {
            throw valeurs.erreur("opi.db.url", "expected a jdbc:mariadb:, jdbc:mysql: or jdbc:h2: URL, or nothing for the embedded database");
        }
        return new ConnectorConfig(
                host.trim(),
                valeurs.entier("opi.http.port", 1, 65535),
                dataDir,
                url,
                valeurs.texte("opi.db.user"),
                motDePasseBase(valeurs),
                valeurs.entier("opi.db.pool.size", 1, 200),
                Duration.ofSeconds(valeurs.entier("opi.db.connect.timeout.seconds", 1, 60)),
                Duration.ofSeconds(valeurs.entier("opi.db.socket.timeout.seconds", 1, 600)),
                valeurs.convertir("opi.formations.file", "a file path", Path::of),
                valeurs.parDefaut("opi.formations.file"),
                parcoursup(valeurs),
                securite(valeurs, host.trim(), tls.certificatClientExige()),
                new LimitesConfig(valeurs.entier("opi.http.max.request.bytes", 1024, Integer.MAX_VALUE),
                        valeurs.entier("opi.xml.max.depth", 16, 10_000),
                        valeurs.entier("opi.xml.max.children", 100, 1_000_000),
                        valeurs.entier("opi.xml.max.text.length", 1024, Integer.MAX_VALUE),
                        connexions(valeurs)),
                tls,
                valeurs.texte("opi.capture.dir").isBlank() ? Optional.empty()
                        : Optional.of(valeurs.convertir("opi.capture.dir", "a directory path", Path::of)),
                valeurs.entier("opi.capture.jours", 1, 90),
                Duration.ofSeconds(valeurs.entier("opi.http.shutdown.timeout.seconds", 1, 300)),
                valeurs.texte("opi.public.url").isBlank() ? Optional.empty()
                        : Optional.of(valeurs.convertir("opi.public.url", "an http:// or https:// URL", ConnectorConfig::url)),
                admin(valeurs, host.trim()),
                essai(valeurs),
                exports(valeurs),
                smtp(valeurs),
                valeurs.texte("opi.admin.url.publique").isBlank() ? Optional.empty()
                        : Optional.of(valeurs.convertir("opi.admin.url.publique", "an http:// or https:// URL",
                                ConnectorConfig::url)));
    }

    /**
     * The base URL of the admin pages in the links e-mailed or printed (activation, unlock): the configured
     * {@code opi.admin.url.publique}, else this machine's address on the port that serves them.
     */
    public URI urlAdmin() {
        if (urlAdminConfiguree.isPresent()) {
            return urlAdminConfiguree.get();
        }
        // With a separate listener, the admin pages are there, in plain HTTP; else on the service's port.
        String host = admin.map(AdminConfig::host).orElse(httpHost);
        return URI.create((admin.isEmpty() && tls.https() ? "https" : "http") + "://"
                + (host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host) + ":"
                + admin.map(AdminConfig::port).orElse(httpPort));
    }

    private static Optional<SmtpConfig> smtp(Valeurs valeurs) {
        String host = valeurs.texte("opi.smtp.host").trim();
        if (host.isEmpty()) {
            return Optional.empty();
        }
        SmtpConfig.Securite securite;
        try {
            securite = SmtpConfig.Securite.valueOf(valeurs.texte("opi.smtp.securite").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw valeurs.erreur("opi.smtp.securite", "expected aucune, starttls or tls");
        }
        String motDePasse = valeurs.texte("opi.smtp.mot.de.passe");
        if (!valeurs.texte("opi.smtp.mot.de.passe.fichier").isBlank()) {
            motDePasse = valeurs.convertir("opi.smtp.mot.de.passe.fichier", "a readable file holding the password",
                    ConnectorConfig::premiereLigne);
        }
        String utilisateur = valeurs.texte("opi.smtp.utilisateur").trim();
        if (utilisateur.isEmpty() && !motDePasse.isEmpty()) {
            throw valeurs.erreur("opi.smtp.utilisateur", "a password is set for the SMTP server: set its user too");
        }
        String expediteur = valeurs.texte("opi.smtp.expediteur").trim();
        if (!expediteur.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            throw valeurs.erreur("opi.smtp.expediteur", "expected the sender's e-mail address, such as "
                    + "opi-connector@univ.example (required with OPI_SMTP_HOST)");
        }
        return Optional.of(new SmtpConfig(host, valeurs.entier("opi.smtp.port", 1, 65535), securite, utilisateur,
                motDePasse, expediteur));
    }

    private static ExportsConfig exports(Valeurs valeurs) {
        String origine = valeurs.texte("opi.export.pegase.origine.admission").trim();
        if (!origine.matches("[A-Z0-9]{1,10}")) {
            throw valeurs.erreur("opi.export.pegase.origine.admission", "expected a code of capital letters or digits, "
                    + "such as PS, EC or CO");
        }
        return new ExportsConfig(origine,
                Duration.ofSeconds(valeurs.entier("opi.export.incremental.marge.secondes", 0, 86_400)));
    }

    private static ConnexionsConfig connexions(Valeurs valeurs) {
        return new ConnexionsConfig(Duration.ofSeconds(valeurs.entier("opi.http.idle.timeout.seconds", 1, 3600)),
                Duration.ofSeconds(valeurs.entier("opi.http.read.timeout.seconds", 1, 600)),
                valeurs.entier("opi.http.read.min.rate", 1, Integer.MAX_VALUE),
                valeurs.entier("opi.http.max.connections.per.source", 1, 100_000),
                valeurs.entier("opi.http.threads", 16, 2000));
    }

    private static EssaiConfig essai(Valeurs valeurs) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (String code : valeurs.texte("opi.essai.codes").split(",")) {
            if (!code.isBlank()) {
                if (!code.strip().matches("[A-Za-z0-9]{1,10}")) {
                    throw valeurs.erreur("opi.essai.codes", "expected a comma-separated list of OPI codes such as P269999999");
                }
                codes.add(code.strip());
            }
        }
        String entete = valeurs.texte("opi.essai.entete").strip();
        if (!entete.isEmpty() && !entete.matches("[A-Za-z0-9-]{1,64}")) {
            throw valeurs.erreur("opi.essai.entete", "expected an HTTP header name such as X-Opi-Essai, or nothing");
        }
        return new EssaiConfig(java.util.Set.copyOf(codes), entete);
    }

    private static Optional<AdminConfig> admin(Valeurs valeurs, String hostService) {
        int port = valeurs.entier("opi.admin.port", 0, 65535);
        if (port == 0) {
            return Optional.empty();
        }
        if (port == valeurs.entier("opi.http.port", 1, 65535)) {
            throw valeurs.erreur("opi.admin.port", "expected a port other than opi.http.port, or 0 for none");
        }
        String host = valeurs.texte("opi.admin.host").trim();
        return Optional.of(new AdminConfig(host.isEmpty() ? hostService : host, port));
    }

    private static String motDePasseBase(Valeurs valeurs) {
        if (valeurs.texte("opi.db.password.file").isBlank()) {
            return valeurs.texte("opi.db.password");
        }
        return valeurs.convertir("opi.db.password.file", "a readable file holding the password", ConnectorConfig::premiereLigne);
    }

    private static URI url(String texte) {
        URI uri = URI.create(texte.endsWith("/") ? texte.substring(0, texte.length() - 1) : texte);
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(texte);
        }
        return uri;
    }

    private static TlsConfig tls(Valeurs valeurs) {
        String keystore = valeurs.texte("opi.http.tls.keystore").trim();
        String truststore = valeurs.texte("opi.http.tls.truststore").trim();
        if (keystore.isEmpty()) {
            if (!truststore.isEmpty()) {
                throw valeurs.erreur("opi.http.tls.truststore", "mutual TLS needs HTTPS: set OPI_HTTP_TLS_KEYSTORE too");
            }
            return TlsConfig.aucun();
        }
        char[] motDePasse = valeurs.texte("opi.http.tls.keystore.password").toCharArray();
        KeyStore cles = pkcs12(valeurs, "opi.http.tls.keystore", keystore, motDePasse);
        Optional<KeyStore> confiance = truststore.isEmpty() ? Optional.empty() : Optional.of(pkcs12(valeurs,
                "opi.http.tls.truststore", truststore, valeurs.texte("opi.http.tls.truststore.password").toCharArray()));
        return new TlsConfig(Optional.of(cles), motDePasse, confiance);
    }

    private static KeyStore pkcs12(Valeurs valeurs, String cle, String chemin, char[] motDePasse) {
        try (java.io.InputStream in = Files.newInputStream(Path.of(chemin))) {
            KeyStore magasin = KeyStore.getInstance("PKCS12");
            magasin.load(in, motDePasse);
            return magasin;
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            throw valeurs.erreur(cle, "expected a readable PKCS#12 file opened by its password (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static SecuriteConfig securite(Valeurs valeurs, String host, boolean certificatClientExige) {
        String utilisateur = valeurs.texte("opi.ws.user").trim();
        String motDePasse = valeurs.texte("opi.ws.password");
        String fichier = valeurs.texte("opi.ws.password.file").trim();
        if (!fichier.isEmpty()) {
            motDePasse = valeurs.convertir("opi.ws.password.file", "a readable file holding the password",
                    ConnectorConfig::premiereLigne);
        }
        if (utilisateur.isEmpty() != motDePasse.isEmpty()) {
            throw valeurs.erreur(utilisateur.isEmpty() ? "opi.ws.user" : "opi.ws.password",
                    "set both OPI_WS_USER and OPI_WS_PASSWORD (or OPI_WS_PASSWORD_FILE), or neither");
        }
        if (!MotDePasse.formeValide(motDePasse)) {
            throw valeurs.erreur("opi.ws.password", "expected a password or a hash made by the hash-password command");
        }
        if (utilisateur.isEmpty() && !certificatClientExige && !boucleLocale(host)) {
            throw valeurs.erreur("opi.http.host", "listening beyond this machine requires credentials: set OPI_WS_USER and "
                    + "OPI_WS_PASSWORD (or OPI_WS_PASSWORD_FILE), or mutual TLS, or listen on 127.0.0.1");
        }
        String mode = valeurs.texte("opi.ws.auth").trim();
        if (!mode.equals("basic") && !mode.equals("wss")) {
            throw valeurs.erreur("opi.ws.auth", "expected basic or wss");
        }
        return new SecuriteConfig(utilisateur, new MotDePasse(motDePasse),
                valeurs.convertir("opi.ws.allow", "a comma-separated CIDR list such as 192.0.2.0/24", AllowedNetworks::lire),
                valeurs.convertir("opi.http.trusted.proxies", "a comma-separated CIDR list", AllowedNetworks::lire),
                mode.equals("wss"), Duration.ofSeconds(valeurs.entier("opi.ws.password.cache.seconds", 0, 86_400)),
                Duration.ofSeconds(valeurs.entier("opi.ws.timestamp.max.seconds", 1, 86_400)),
                Duration.ofSeconds(valeurs.entier("opi.ws.refusals.period.seconds", 1, 3600)));
    }

    /** Whether the address only accepts connections from this machine. */
    public static boolean boucleLocale(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static String premiereLigne(String chemin) {
        try {
            return Files.readAllLines(Path.of(chemin), StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ParcoursupConfig parcoursup(Valeurs valeurs) {
        URI url = valeurs.convertir("opi.parcoursup.url", "an http:// or https:// URL", ConnectorConfig::url);
        String motDePasse = valeurs.texte("opi.parcoursup.password");
        String fichier = valeurs.texte("opi.parcoursup.password.file").trim();
        if (!fichier.isEmpty()) {
            motDePasse = valeurs.convertir("opi.parcoursup.password.file", "a readable file holding the password",
                    ConnectorConfig::premiereLigne);
        }
        String uai = valeurs.texte("opi.parcoursup.uai").trim();
        if (!uai.isEmpty() && !uai.matches("[0-9]{7}[A-Z]")) {
            throw valeurs.erreur("opi.parcoursup.uai", "expected an UAI: 7 digits and a capital letter");
        }
        String cleIdentifiant = valeurs.texte("opi.parcoursup.cle.identifiant").trim();
        if (!cleIdentifiant.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
            throw valeurs.erreur("opi.parcoursup.cle.identifiant", "expected a JSON key such as identifiant or indentifiant");
        }
        long delaiInitial = valeurs.entier("opi.remontees.delai.initial.millis", 1, 3_600_000);
        long delaiMax = valeurs.entier("opi.remontees.delai.max.millis", 1, 86_400_000);
        if (delaiMax < delaiInitial) {
            throw valeurs.erreur("opi.remontees.delai.max.millis", "expected at least opi.remontees.delai.initial.millis");
        }
        return new ParcoursupConfig(url, valeurs.texte("opi.parcoursup.login").trim(), motDePasse, uai, cleIdentifiant,
                valeurs.booleen("opi.parcoursup.code.statut.inscription"),
                Duration.ofSeconds(valeurs.entier("opi.parcoursup.connect.timeout.seconds", 1, 300)),
                Duration.ofSeconds(valeurs.entier("opi.parcoursup.read.timeout.seconds", 1, 300)),
                valeurs.convertir("opi.remontees.heure", "a time HH:mm", LocalTime::parse),
                valeurs.convertir("opi.remontees.fuseau", "a time zone such as Europe/Paris", ZoneId::of),
                valeurs.booleen("opi.remontees.planifiees"),
                Duration.ofMillis(delaiInitial), Duration.ofMillis(delaiMax),
                valeurs.entier("opi.remontees.tentatives", 1, 50));
    }

    /** The same configuration pointed at another database (tests, tools). */
    public ConnectorConfig avecBase(String url, String user, String password) {
        return new ConnectorConfig(httpHost, httpPort, dataDir, url, user, password, dbPoolSize, dbConnectTimeout,
                dbSocketTimeout, fichierFormations, fichierFormationsParDefaut, parcoursup, securite, limites, tls,
                captureDossier, captureJours, delaiArret, urlPublique, admin, essai, exports, smtp, urlAdminConfiguree);
    }

    /** The same configuration on another address and port. */
    public ConnectorConfig avecHttp(String host, int port) {
        return new ConnectorConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, dbPoolSize, dbConnectTimeout,
                dbSocketTimeout, fichierFormations, fichierFormationsParDefaut, parcoursup, securite, limites, tls,
                captureDossier, captureJours, delaiArret, urlPublique, admin, essai, exports, smtp, urlAdminConfiguree);
    }

    /** Never prints the passwords. */
    @Override
    public String toString() {
        return "ConnectorConfig[httpHost=" + httpHost + ", httpPort=" + httpPort + ", dataDir=" + dataDir + ", dbUrl="
                + dbUrl + ", dbUser=" + dbUser + ", dbPassword=" + (dbPassword.isEmpty() ? "" : "***") + ", dbPoolSize="
                + dbPoolSize + ", fichierFormations=" + fichierFormations + ", parcoursup=" + parcoursup + ", wsUser="
                + securite.utilisateur() + ", wsAllow=" + securite.autorisesOpiMetier() + "]";
    }

    public boolean baseEmbarquee() {
        return dbUrl.isEmpty();
    }

    /** The JDBC URL actually used: the configured one, or the embedded H2 file database in the data directory. */
    public String urlEffective() {
        if (!baseEmbarquee()) {
            return dbUrl;
        }
        // AUTO_SERVER lets the command line open the file while the service holds it.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(FICHIER_BASE_EMBARQUEE)
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
    }

    /** One key of the effective configuration: its value (secrets masked) and where it came from. */
    public record Entree(String cle, String variable, String valeur, String origine) {
    }

    /**
     * The effective configuration, key by key, after checking it as a start would (a wrong value throws the same
     * one-line error). Passwords are masked.
     */
    public static java.util.List<Entree> effective(Optional<Path> fichier, Map<String, String> environnement) {
        charger(fichier, environnement);
        Valeurs valeurs = new Valeurs(defaults(), fichier, environnement);
        return valeurs.valeurs.keySet().stream().sorted().map(cle -> {
            String valeur = valeurs.valeurs.get(cle);
            String affichee = (cle.endsWith(".password") || cle.endsWith(".mot.de.passe")) && !valeur.isEmpty() ? "***" : valeur;
            String origine = valeurs.origines.get(cle);
            return new Entree(cle, variable(cle), affichee, origine.endsWith("(default)") ? "default"
                    : origine.startsWith("OPI_") ? "environment" : "file " + fichier.map(Path::toString).orElse(""));
        }).toList();
    }

    /** The name of the environment variable that overrides a key: opi.http.port → OPI_HTTP_PORT. */
    public static String variable(String cle) {
        return "OPI_" + cle.substring("opi.".length()).replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static Properties defaults() {
        Properties proprietes = new Properties();
        try (InputStream in = ConnectorConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the jar");
            }
            proprietes.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
        return proprietes;
    }

    /** The raw values with where each came from, so that an error names the variable or the file. */
    private static final class Valeurs {

        private final Map<String, String> valeurs = new LinkedHashMap<>();
        private final Map<String, String> origines = new LinkedHashMap<>();

        Valeurs(Properties defaults, Optional<Path> fichier, Map<String, String> environnement) {
            defaults.stringPropertyNames().forEach(cle -> {
                valeurs.put(cle, defaults.getProperty(cle));
                origines.put(cle, cle + " (default)");
            });
            fichier.ifPresent(this::lireFichier);
            for (String cle : valeurs.keySet()) {
                String variable = variable(cle);
                if (environnement.containsKey(variable)) {
                    valeurs.put(cle, environnement.get(variable));
                    origines.put(cle, variable);
                }
            }
        }

        private void lireFichier(Path fichier) {
            Properties proprietes = new Properties();
            try (Reader reader = Files.newBufferedReader(fichier, StandardCharsets.UTF_8)) {
                proprietes.load(reader);
            } catch (NoSuchFileException e) {
                throw new ConfigurationException("cannot read the configuration file " + fichier + ": no such file", e);
            } catch (AccessDeniedException e) {
                throw new ConfigurationException("cannot read the configuration file " + fichier + ": not readable by this "
                        + "user (check its permissions)", e);
            } catch (IOException e) {
                throw new ConfigurationException("cannot read the configuration file " + fichier + ": "
                        + e.getClass().getSimpleName() + " " + e.getMessage(), e);
            }
            for (String cle : proprietes.stringPropertyNames()) {
                if (!valeurs.containsKey(cle)) {
                    throw new ConfigurationException("unknown key " + cle + " in " + fichier
                            + " (the keys are those of config/opi-connector.properties)");
                }
                valeurs.put(cle, proprietes.getProperty(cle));
                origines.put(cle, cle + " in " + fichier);
            }
        }

        String texte(String cle) {
            return valeurs.get(cle);
        }

        /** Whether the key kept its documented default (neither the file nor the environment set it). */
        boolean parDefaut(String cle) {
            return origines.get(cle).endsWith("(default)");
        }

        int entier(String cle, int min, int max) {
            String brut = valeurs.get(cle).trim();
            try {
                int valeur = Integer.parseInt(brut);
                if (valeur >= min && valeur <= max) {
                    return valeur;
                }
            } catch (NumberFormatException e) {
                // reported below, with the key
            }
            throw erreur(cle, "expected an integer from " + min + " to " + max);
        }

        <T> T convertir(String cle, String attendu, Function<String, T> conversion) {
            try {
                return conversion.apply(valeurs.get(cle).trim());
            } catch (RuntimeException e) {
                throw erreur(cle, "expected " + attendu);
            }
        }

        boolean booleen(String cle) {
            String valeur = valeurs.get(cle).trim();
            if (valeur.equals("true") || valeur.equals("false")) {
                return Boolean.parseBoolean(valeur);
            }
            throw erreur(cle, "expected true or false");
        }

        ConfigurationException erreur(String cle, String attendu) {
            String origine = origines.get(cle);
            String nom = parDefaut(cle) ? variable(cle) + " (" + cle + ")"
                    : origine.startsWith(cle) ? origine : origine + " (" + cle + ")";
            String valeur = cle.endsWith(".password") ? "***" : valeurs.get(cle);
            return new ConfigurationException("invalid configuration: " + nom + " = \"" + valeur + "\": " + attendu);
        }
    }
}
