package fr.opiconnector.bench;

import fr.opiconnector.database.Database;
import fr.opiconnector.journal.Journal;
import fr.opiconnector.journal.JournalRepository;
import fr.opiconnector.journal.Resultat;
import fr.opiconnector.reception.EcritureOpi;
import fr.opiconnector.reception.Empreinte;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.ValeursOpi;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * The database ceiling of the bench: each call stores the OPI with the connector's own write path ({@link EcritureOpi},
 * the same statements in the same order, so the two cannot drift apart), on a plain JDBC connection, in one
 * transaction (READ COMMITTED, as the connector's pool), with the journal row ({@link JournalRepository#inserer}, the
 * connector's statement too) between its two steps. What is left out is the stack: HTTP, SOAP parsing, validation,
 * the Hibernate session that carries the transaction, the pool. Connections are opened on the URL as given, with the
 * driver settings of the connector's pool ({@link Database#proprietesMariaDb}).
 *
 * <p>Simplified: the journal's adresse_appelant is 127.0.0.1 (the bench's clients run on the connector's machine);
 * the OPI is not validated; a call that meets a concurrent call on the same new code (the service replays it) ends
 * in error here, after a rollback. Each bench connection draws its codes in a range of its own (up to 100
 * connections), so that two calls do not meet on one new code.
 */
public final class PlafondBase implements Cible {

    static final String OPERATION = "mettreajourDonneesOpi_v10";
    static final String ADRESSE_APPELANT = "127.0.0.1";

    private final List<Session> sessions;

    /** Migrates the database with the connector's scripts, then opens one connection per bench connection. */
    public PlafondBase(String jdbcUrl, String user, String password, int connexions) {
        migrer(jdbcUrl, user, password);
        List<Session> ouvertes = new ArrayList<>(connexions);
        try {
            for (int i = 0; i < connexions; i++) {
                ouvertes.add(new Session(DriverManager.getConnection(jdbcUrl, proprietes(jdbcUrl, user, password))));
            }
        } catch (SQLException e) {
            ouvertes.forEach(Session::close);
            throw new IllegalStateException("cannot open connection " + (ouvertes.size() + 1) + " of " + connexions
                    + ": " + e.getMessage(), e);
        }
        this.sessions = List.copyOf(ouvertes);
    }

    /** The user, the password and, on MariaDB, the driver settings of the connector's pool. */
    private static Properties proprietes(String jdbcUrl, String user, String password) {
        Properties proprietes = new Properties();
        proprietes.setProperty("user", user);
        proprietes.setProperty("password", password);
        if (jdbcUrl.startsWith("jdbc:mariadb:")) {
            Database.proprietesMariaDb(jdbcUrl).forEach(proprietes::setProperty);
        }
        return proprietes;
    }

    /** Applies the connector's Flyway migrations (classpath:db/migration), as the service does at start. */
    static void migrer(String jdbcUrl, String user, String password) {
        Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration").load().migrate();
    }

    @Override
    public Issue appeler(int connexion, OpiSynthetique opi) {
        long debut = System.nanoTime();
        Session session = sessions.get(connexion);
        try {
            session.enregistrer(opi.opi(), debut);
            session.connexion.commit();
            return Issue.OK;
        } catch (SQLException | RuntimeException e) {
            session.annuler();
            return Issue.erreur(e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        sessions.forEach(Session::close);
    }

    /** One bench connection: its JDBC connection, used by one thread. */
    private static final class Session {

        private final Connection connexion;

        Session(Connection connexion) throws SQLException {
            this.connexion = connexion;
            try {
                connexion.setAutoCommit(false);
                connexion.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException e) {
                connexion.close();
                throw e;
            }
        }

        /** What ReceptionOpiService does with a valid OPI, statement for statement. */
        void enregistrer(Opi opi, long debut) throws SQLException {
            ValeursOpi valeurs = ValeursOpi.de(opi);
            String empreinte = Empreinte.de(valeurs);
            EcritureOpi.Preparee ecriture = EcritureOpi.preparer(connexion, opi, valeurs, Empreinte.recue(opi, empreinte),
                    Instant.now());
            long journal = insererJournal(opi.codOpiIntEpo(), empreinte, ecriture.resultat(), debut);
            ecriture.terminer(connexion, journal);
        }

        private long insererJournal(String code, String empreinte, Resultat resultat, long debut) throws SQLException {
            Journal ligne = new Journal(Instant.now(), OPERATION, code, empreinte, resultat, null,
                    (int) ((System.nanoTime() - debut) / 1_000_000), ADRESSE_APPELANT);
            JournalRepository.inserer(connexion, ligne);
            return ligne.id();
        }

        void annuler() {
            try {
                connexion.rollback();
            } catch (SQLException e) {
                // The connection is unusable: its next call will fail and say why.
            }
        }

        void close() {
            try {
                connexion.close();
            } catch (SQLException e) {
                // Closing: nothing left to do with it.
            }
        }
    }
}
