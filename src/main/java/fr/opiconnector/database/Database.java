package fr.opiconnector.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import fr.opiconnector.config.ConfigurationException;
import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.reception.Adresse;
import fr.opiconnector.securite.Audit;
import fr.opiconnector.reception.Bac;
import fr.opiconnector.securite.Compte;
import fr.opiconnector.reception.Convocation;
import fr.opiconnector.reception.Dac;
import fr.opiconnector.reception.DernierDiplObt;
import fr.opiconnector.reception.DernierEtbFrequente;
import fr.opiconnector.reception.DonneesNaissance;
import fr.opiconnector.reception.DonneesPersonnelles;
import fr.opiconnector.reception.DonneesThese;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.inscription.Formation;
import fr.opiconnector.remontee.Handshake;
import fr.opiconnector.reception.Historique;
import fr.opiconnector.reception.Individu;
import fr.opiconnector.inscription.Inscription;
import fr.opiconnector.reception.InscriptionParallele;
import fr.opiconnector.journal.Journal;
import fr.opiconnector.inscription.LaissezPasser;
import fr.opiconnector.inscription.LaissezPasserHorsVoeu;
import fr.opiconnector.reception.PremiereInscription;
import fr.opiconnector.reception.PrgEchange;
import fr.opiconnector.inscription.Remontee;
import fr.opiconnector.reception.SituationAnnPre;
import fr.opiconnector.reception.TitreAccesExterne;
import fr.opiconnector.reception.Voeu;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database: connection pool, schema migrations (Flyway) and the JPA EntityManagerFactory (Hibernate). */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        // The embedded H2's AUTO_SERVER (how the command line reads the file the service holds) listens on every
        // interface unless told otherwise; it must be reachable from this machine only. Read once, when H2 loads.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** Whether opening the database may change its schema (the service) or only checks it (the command line). */
    public enum Schema {
        MIGRER,
        VERIFIER
    }

    private final HikariDataSource dataSource;
    private final EntityManagerFactory emf;
    private final String produit;
    private final String versionSchema;

    private Database(HikariDataSource dataSource, EntityManagerFactory emf, String produit, String versionSchema) {
        this.dataSource = dataSource;
        this.emf = emf;
        this.produit = produit;
        this.versionSchema = versionSchema;
    }

    public static Database ouvrir(ConnectorConfig config, Schema schema) {
        if (config.baseEmbarquee() && schema == Schema.VERIFIER) {
            exigerBaseEmbarqueeExistante(config);
        } else if (config.baseEmbarquee()) {
            creerRepertoire(config);
        }
        HikariDataSource dataSource = pool(config);
        if (config.baseEmbarquee()) {
            reserverAuProprietaire(config.dataDir());
        }
        try {
            String produit = produit(dataSource);
            if (!config.urlEffective().startsWith("jdbc:h2:")) {
                verifierJeuDeCaracteres(dataSource, config);
            }
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
            if (schema == Schema.MIGRER) {
                verifierIdentifiantsAvantVersion7(flyway, dataSource);
                int appliquees = flyway.migrate().migrationsExecuted;
                LOG.info("Database {}: schema up to date ({} migration(s) applied now)", produit, appliquees);
            } else if (flyway.info().pending().length > 0) {
                throw new ConfigurationException("the database at " + sansSecret(config.urlEffective())
                        + " has no up-to-date connector schema: start the service once, or run the 'migrate' command");
            }
            MigrationInfo[] migrations = flyway.info().all();
            String derniere = migrations[migrations.length - 1].getVersion().getVersion();
            return new Database(dataSource, entityManagerFactory(dataSource), produit, derniere);
        } catch (FlywayException e) {
            dataSource.close();
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IdentifiantsEnDoubleException doubles) {
                    throw new ConfigurationException("cannot migrate the database schema to version 7: "
                            + doubles.getMessage(), e);
                }
            }
            throw new ConfigurationException("cannot migrate the database schema: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Version 7 stops on identifiers that differ only by case or surrounding spaces. Its check runs here, before Flyway:
     * a migration that fails is recorded as failed, and Flyway would then refuse every start until a manual repair.
     */
    private static void verifierIdentifiantsAvantVersion7(Flyway flyway, DataSource dataSource) {
        boolean enAttente = Arrays.stream(flyway.info().pending())
                .anyMatch(m -> m.getVersion() != null && "7".equals(m.getVersion().getVersion()));
        if (!enAttente || flyway.info().current() == null) {
            return;
        }
        try (Connection connexion = dataSource.getConnection()) {
            try {
                IdentifiantsExacts.verifierCollisions(connexion);
            } finally {
                connexion.rollback();
            }
        } catch (IdentifiantsEnDoubleException e) {
            throw new ConfigurationException("cannot migrate the database schema to version 7: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new ConfigurationException("cannot check the identifiers before schema version 7: " + premiereLigne(e), e);
        }
    }

    /**
     * A command other than serve or migrate never creates an embedded database: run from another directory, it would
     * otherwise open an empty one there instead of the service's.
     */
    private static void exigerBaseEmbarqueeExistante(ConnectorConfig config) {
        Path repertoire = config.dataDir().toAbsolutePath().normalize();
        if (!Files.isRegularFile(repertoire.resolve(ConnectorConfig.FICHIER_BASE_EMBARQUEE + ".mv.db"))) {
            throw new ConfigurationException("no connector database in " + repertoire + " (OPI_DATA_DIR, the embedded "
                    + "database): give this command the service's configuration (--config FILE or OPI_CONFIG), or "
                    + "OPI_DATA_DIR, or run it from the service's directory");
        }
    }

    /** The embedded database's directory, readable by the service's user only: it holds personal data. */
    private static void creerRepertoire(ConnectorConfig config) {
        try {
            if (Files.isDirectory(config.dataDir())) {
                return;
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(config.dataDir(),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(config.dataDir());
            }
        } catch (IOException e) {
            throw new ConfigurationException("invalid configuration: OPI_DATA_DIR (opi.data.dir) = \"" + config.dataDir()
                    + "\": cannot create the directory (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The directory and the files H2 created in it (with the process's umask) made owner-only; a directory created
     * by hand with wider rights is narrowed too, or the start says why it cannot be.
     */
    private static void reserverAuProprietaire(Path repertoire) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> fichiers = Files.list(repertoire)) {
            Files.setPosixFilePermissions(repertoire, PosixFilePermissions.fromString("rwx------"));
            for (Path fichier : fichiers.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(fichier, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new ConfigurationException("invalid configuration: OPI_DATA_DIR (opi.data.dir) = \"" + repertoire
                    + "\": cannot make the embedded database readable by its owner only (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The MariaDB driver's settings the connector runs with, unless the URL sets them: statements prepared on the
     * server and kept per connection (the driver's cache), so that the wide INSERTs and UPDATEs of a received OPI are
     * neither parsed again by the driver at each call nor sent as text (a quarter of a call's CPU time, BENCHMARKS.md).
     * The bench's database ceiling opens its connections with the same ones.
     */
    public static java.util.Map<String, String> proprietesMariaDb(String url) {
        return url.contains("useServerPrepStmts") ? java.util.Map.of() : java.util.Map.of("useServerPrepStmts", "true");
    }

    private static HikariDataSource pool(ConnectorConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("opi-db");
        hikari.setJdbcUrl(config.urlEffective());
        String user = config.dbUser().isEmpty() && config.baseEmbarquee() ? "sa" : config.dbUser();
        hikari.setUsername(user);
        hikari.setPassword(config.dbPassword());
        hikari.setMaximumPoolSize(config.dbPoolSize());
        hikari.setMinimumIdle(Math.min(2, config.dbPoolSize()));
        hikari.setConnectionTimeout(config.dbConnectTimeout().toMillis());
        hikari.setValidationTimeout(Math.min(config.dbConnectTimeout().toMillis(), 3000));
        hikari.setAutoCommit(false);
        // No gap locks: two first calls for one OPI meet on the unique key (and one is replayed) instead of deadlocking.
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (config.urlEffective().startsWith("jdbc:mariadb:") || config.urlEffective().startsWith("jdbc:mysql:")) {
            hikari.addDataSourceProperty("connectTimeout", String.valueOf(config.dbConnectTimeout().toMillis()));
            hikari.addDataSourceProperty("socketTimeout", String.valueOf(config.dbSocketTimeout().toMillis()));
            proprietesMariaDb(config.urlEffective()).forEach(hikari::addDataSourceProperty);
        }
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            throw new ConfigurationException("cannot connect to the database at " + sansSecret(config.urlEffective())
                    + ": " + raison(e), e);
        }
    }

    /** Why the first connection failed, in words: an unknown host name first, else the driver's first line. */
    private static String raison(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException inconnu) {
                return "the host name " + inconnu.getMessage() + " does not resolve (check opi.db.url / OPI_DB_URL, "
                        + "and the DNS)";
            }
        }
        return premiereLigne(e.getCause() == null ? e : e.getCause());
    }

    private static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("opi-connector")
                .managedClass(Individu.class)
                .managedClass(Voeu.class)
                .managedClass(Historique.class)
                .managedClass(Journal.class)
                .managedClass(fr.opiconnector.retention.Purge.class)
                .managedClass(fr.opiconnector.securite.SessionOuverte.class)
                .managedClass(fr.opiconnector.securite.TentativesAdresse.class)
                .managedClass(Formation.class)
                .managedClass(Inscription.class)
                .managedClass(LaissezPasser.class)
                .managedClass(LaissezPasserHorsVoeu.class)
                .managedClass(Remontee.class)
                .managedClass(Handshake.class)
                .managedClass(Compte.class)
                .managedClass(Audit.class)
                .managedClass(EtatCivil.class)
                .managedClass(DonneesNaissance.class)
                .managedClass(DonneesPersonnelles.class)
                .managedClass(Adresse.class)
                .managedClass(Bac.class)
                .managedClass(Dac.class)
                .managedClass(PremiereInscription.class)
                .managedClass(DernierEtbFrequente.class)
                .managedClass(SituationAnnPre.class)
                .managedClass(DernierDiplObt.class)
                .managedClass(InscriptionParallele.class)
                .managedClass(PrgEchange.class)
                .managedClass(DonneesThese.class)
                .managedClass(TitreAccesExterne.class)
                .managedClass(Convocation.class)
                .property("hibernate.connection.datasource", dataSource)
                .property("hibernate.hbm2ddl.auto", "validate")
                // Embedded blocks get their block name as column prefix: adresse_fixe_cod_pay, adresse_annuelle_cod_pay.
                .property("hibernate.implicit_naming_strategy", "component-path")
                .property("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
                .property("hibernate.connection.provider_disables_autocommit", "true")
                .property("hibernate.order_updates", "true")
                .createEntityManagerFactory();
    }

    private static String produit(DataSource dataSource) {
        try (Connection connexion = dataSource.getConnection()) {
            DatabaseMetaData meta = connexion.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new ConfigurationException("cannot read the database version: " + premiereLigne(e), e);
        }
    }

    /**
     * On MariaDB the database must store any character Parcoursup sends: a latin1 database would turn the characters
     * it lacks into '?', silently.
     */
    private static void verifierJeuDeCaracteres(DataSource dataSource, ConnectorConfig config) {
        try (Connection connexion = dataSource.getConnection();
                Statement requete = connexion.createStatement();
                ResultSet resultat = requete.executeQuery("SELECT @@character_set_database")) {
            resultat.next();
            String jeu = resultat.getString(1);
            if (!"utf8mb4".equalsIgnoreCase(jeu)) {
                throw new ConfigurationException("the database at " + sansSecret(config.urlEffective())
                        + " uses the character set " + jeu + ", which would alter names: create it with "
                        + "CHARACTER SET utf8mb4 (or ALTER DATABASE … CHARACTER SET utf8mb4 while it is empty)");
            }
        } catch (SQLException e) {
            throw new ConfigurationException("cannot read the database's character set: " + premiereLigne(e), e);
        }
    }

    /** A JDBC URL with any password parameter hidden. */
    public static String sansSecret(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***");
    }

    private static String premiereLigne(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int fin = message.indexOf('\n');
        return fin < 0 ? message : message.substring(0, fin);
    }

    /**
     * Whether the schema this version of the connector needs is in place: its last migration is recorded as applied.
     * Throws when the database cannot be reached.
     */
    public boolean schemaAJour() {
        try (Connection connexion = dataSource.getConnection();
                PreparedStatement requete = connexion.prepareStatement(
                        "SELECT COUNT(*) FROM flyway_schema_history WHERE version = ? AND success = TRUE")) {
            requete.setString(1, versionSchema);
            try (ResultSet resultat = requete.executeQuery()) {
                return resultat.next() && resultat.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema history: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The pool's meters (connections active, idle, pending, acquisition time) in the given registry. */
    public void mesurer(MeterRegistry registre) {
        dataSource.setMetricRegistry(registre);
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Database product and version, e.g. "MariaDB 10.11.19-MariaDB-0+deb12u1". */
    public String produit() {
        return produit;
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            dataSource.close();
        }
    }
}
