package fr.opiconnector.bench;

import static fr.opiconnector.reception.Colonnes.INDIVIDU;
import static fr.opiconnector.reception.Colonnes.VOEU;

import fr.opiconnector.reception.Anomalies;
import fr.opiconnector.reception.Colonnes;
import fr.opiconnector.reception.NomsRecherche;
import fr.opiconnector.reception.Empreinte;
import fr.opiconnector.reception.Historique.Evenement;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.journal.Resultat;
import fr.opiconnector.reception.VoeuOpi;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.Properties;
import java.util.TimeZone;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The fast path to preload stored individuals before a growth measurement (10,000 or 1,000,000 of them): for each,
 * the rows a created OPI leaves behind, with the values the connector stores for the same synthetic OPI (see
 * {@link PlafondBase}): the individu, its 1 to 3 voeux, its journal row (created; duree_ms 0, no call was timed) and
 * its history rows (INDIVIDU_CREE, then VOEU_AJOUTE per wish).
 *
 * <p>Codes are P25 + 7 digits, so they never meet the bench's (P26 + 7 digits); a second call carries on after the
 * highest P25 code stored. Rows go out as JDBC batches of {@value #PAR_LOT} individuals with explicit ids, committed
 * every {@value #PAR_TRANSACTION} individuals. On MariaDB, Connector/J 3 sends a batched INSERT as one
 * COM_STMT_BULK_EXECUTE (option useBulkStmtsForInserts, set here; the 2.x option rewriteBatchedStatements no longer
 * exists). Ids are taken after the highest stored ones: run it before the bench, while nothing else writes. Should
 * it fail, the transactions already committed stay.
 */
public final class ChargementRapide {

    static final int PAR_LOT = 1_000;
    static final int PAR_TRANSACTION = 5_000;
    private static final long CODES = 10_000_000L;

    private static final String INDIVIDU_SQL = "INSERT INTO individu (id, " + Colonnes.noms(INDIVIDU)
            + ", anomalies, noms_recherche, cree_le, modifie_le, version) VALUES (" + Colonnes.parametres(INDIVIDU.size() + 6)
            + ")";
    private static final String VOEU_SQL = "INSERT INTO voeu (id, individu_id, " + Colonnes.noms(VOEU)
            + ", etat, anomalies, cree_le, modifie_le) VALUES (" + Colonnes.parametres(VOEU.size() + 6) + ")";
    private static final String JOURNAL_SQL = "INSERT INTO journal (id, recu_le, operation, cod_opi_int_epo, empreinte, "
            + "resultat, cle_faute, duree_ms, adresse_appelant) VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?)";
    private static final String HISTORIQUE_SQL = "INSERT INTO historique (id, individu_id, voeu_id, journal_id, "
            + "horodatage, evenement, champ, ancienne_valeur, nouvelle_valeur) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL)";

    private ChargementRapide() {
    }

    /**
     * Stores {@code nombre} more individuals drawn from {@code graine} (after migrating the schema if needed); returns
     * how many were stored.
     */
    public static long charger(String jdbcUrl, String user, String password, long nombre, long graine) {
        PlafondBase.migrer(jdbcUrl, user, password);
        try (Connection connexion = DriverManager.getConnection(jdbcUrl, proprietes(jdbcUrl, user, password))) {
            connexion.setAutoCommit(false);
            long premier = premierNumeroLibre(connexion);
            if (premier + nombre > CODES) {
                throw new IllegalArgumentException("only " + (CODES - premier) + " P25 codes are left, not " + nombre);
            }
            new Lots(connexion).charger(candidats(graine, premier).limit(nombre));
            return nombre;
        } catch (SQLException e) {
            throw new IllegalStateException("preload failed: " + e.getMessage(), e);
        }
    }

    /** The candidates a load with this seed stores from the P25 number {@code premier} on, in order. */
    public static Stream<OpiSynthetique> candidats(long graine, long premier) {
        GenerateurOpi generateur = new GenerateurOpi(graine, 0);
        return LongStream.range(premier, CODES).mapToObj(numero -> generateur.nouvelle(String.format("P25%07d", numero)));
    }

    private static Properties proprietes(String jdbcUrl, String user, String password) {
        Properties proprietes = new Properties();
        proprietes.setProperty("user", user);
        proprietes.setProperty("password", password == null ? "" : password);
        if (jdbcUrl.startsWith("jdbc:mariadb:")) {
            proprietes.setProperty("useBulkStmtsForInserts", "true");
        }
        return proprietes;
    }

    private static long premierNumeroLibre(Connection connexion) throws SQLException {
        try (Statement requete = connexion.createStatement();
                ResultSet ligne = requete.executeQuery(
                        "SELECT MAX(cod_opi_int_epo) FROM individu WHERE cod_opi_int_epo LIKE 'P25%'")) {
            ligne.next();
            String dernier = ligne.getString(1);
            return dernier == null ? 0 : Long.parseLong(dernier.substring(3)) + 1;
        }
    }

    /** The four batched INSERTs and the next id of each table. */
    private static final class Lots {

        private final Connection connexion;
        private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        private long individuSuivant;
        private long voeuSuivant;
        private long journalSuivant;
        private long historiqueSuivant;

        Lots(Connection connexion) throws SQLException {
            this.connexion = connexion;
            individuSuivant = idSuivant("individu");
            voeuSuivant = idSuivant("voeu");
            journalSuivant = idSuivant("journal");
            historiqueSuivant = idSuivant("historique");
        }

        void charger(Stream<OpiSynthetique> candidats) throws SQLException {
            try (PreparedStatement individus = connexion.prepareStatement(INDIVIDU_SQL);
                    PreparedStatement voeux = connexion.prepareStatement(VOEU_SQL);
                    PreparedStatement journal = connexion.prepareStatement(JOURNAL_SQL);
                    PreparedStatement historique = connexion.prepareStatement(HISTORIQUE_SQL)) {
                long enCours = 0;
                for (OpiSynthetique candidat : (Iterable<OpiSynthetique>) candidats::iterator) {
                    ajouter(candidat.opi(), individus, voeux, journal, historique);
                    enCours++;
                    if (enCours % PAR_LOT == 0) {
                        executer(individus, voeux, journal, historique);
                    }
                    if (enCours % PAR_TRANSACTION == 0) {
                        connexion.commit();
                    }
                }
                executer(individus, voeux, journal, historique);
                connexion.commit();
            } catch (SQLException | RuntimeException e) {
                connexion.rollback();
                throw e;
            }
        }

        private void ajouter(Opi opi, PreparedStatement individus, PreparedStatement voeux, PreparedStatement journal,
                PreparedStatement historique) throws SQLException {
            Timestamp maintenant = Timestamp.from(Instant.now());
            long individu = individuSuivant++;
            individus.setLong(1, individu);
            int index = Colonnes.lier(INDIVIDU, individus, 2, Colonnes.valeurs(INDIVIDU, opi.individu()));
            individus.setString(index++, Anomalies.joindre(Anomalies.individu(opi.individu())));
            individus.setString(index++, NomsRecherche.de(opi.individu().etatCivil()));
            individus.setTimestamp(index++, maintenant, utc);
            individus.setTimestamp(index++, maintenant, utc);
            individus.setInt(index, 0);
            individus.addBatch();

            long ligneJournal = journalSuivant++;
            journal.setLong(1, ligneJournal);
            journal.setTimestamp(2, maintenant, utc);
            journal.setString(3, PlafondBase.OPERATION);
            journal.setString(4, opi.codOpiIntEpo());
            journal.setString(5, Empreinte.de(opi));
            journal.setString(6, Resultat.CREATED.code());
            journal.setString(7, PlafondBase.ADRESSE_APPELANT);
            journal.addBatch();
            historique(historique, individu, null, ligneJournal, maintenant, Evenement.INDIVIDU_CREE);

            for (VoeuOpi recu : opi.voeux()) {
                long voeu = voeuSuivant++;
                voeux.setLong(1, voeu);
                voeux.setLong(2, individu);
                index = Colonnes.lier(VOEU, voeux, 3, Colonnes.valeurs(VOEU, recu));
                voeux.setString(index++, "ACTIF");
                voeux.setString(index++, Anomalies.joindre(Anomalies.voeu(recu)));
                voeux.setTimestamp(index++, maintenant, utc);
                voeux.setTimestamp(index, maintenant, utc);
                voeux.addBatch();
                historique(historique, individu, voeu, ligneJournal, maintenant, Evenement.VOEU_AJOUTE);
            }
        }

        private void historique(PreparedStatement historique, long individu, Long voeu, long journal,
                Timestamp maintenant, Evenement evenement) throws SQLException {
            historique.setLong(1, historiqueSuivant++);
            historique.setLong(2, individu);
            if (voeu == null) {
                historique.setNull(3, Types.BIGINT);
            } else {
                historique.setLong(3, voeu);
            }
            historique.setLong(4, journal);
            historique.setTimestamp(5, maintenant, utc);
            historique.setString(6, evenement.name());
            historique.addBatch();
        }

        /** In the order of the foreign keys: a wish needs its individual, a history row all three. */
        private static void executer(PreparedStatement... lots) throws SQLException {
            for (PreparedStatement lot : lots) {
                lot.executeBatch();
            }
        }

        private long idSuivant(String table) throws SQLException {
            try (Statement requete = connexion.createStatement();
                    ResultSet ligne = requete.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                ligne.next();
                return ligne.getLong(1);
            }
        }
    }
}
