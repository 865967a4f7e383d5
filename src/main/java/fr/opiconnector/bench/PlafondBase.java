package fr.opiconnector.bench;

import static fr.opiconnector.bench.Colonnes.INDIVIDU;
import static fr.opiconnector.bench.Colonnes.INDIVIDU_MODIFIABLES;
import static fr.opiconnector.bench.Colonnes.VOEU;
import static fr.opiconnector.bench.Colonnes.VOEU_MODIFIABLES;

import fr.opiconnector.bench.Colonnes.Difference;
import fr.opiconnector.reception.Anomalies;
import fr.opiconnector.reception.CleVoeu;
import fr.opiconnector.reception.Empreinte;
import fr.opiconnector.reception.Historique.Evenement;
import fr.opiconnector.reception.IndividuRepository;
import fr.opiconnector.reception.NomsRecherche;
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
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.flywaydb.core.Flyway;

/**
 * The database ceiling of the bench: each call writes, straight through JDBC, the rows the connector's
 * {@code ReceptionOpiService} writes for the same OPI, with the statements Hibernate issues for it, in the same order
 * and in one transaction (READ COMMITTED, as the connector's pool). What is left out is the stack: HTTP, SOAP parsing,
 * validation, Hibernate, the pool. The rows are the same ones, value for value: all the columns of individu and voeu
 * (the synthetic OPI's blocks, the others NULL), anomalies by the domain's rules, the journal's payload hash equal to
 * the domain's {@code Empreinte}, timestamps in UTC as Hibernate stores them. Connections are opened on the URL as
 * given, so with the driver's defaults, as the connector's pool.
 *
 * <p>Statements per call ({@code n}: wishes in the OPI), each one round trip, then COMMIT:
 * <ul>
 * <li>NOUVELLE (code not stored yet): {@link IndividuRepository#VERROU}, {@code SELECT id, empreinte_recue FROM
 * individu WHERE cod_opi_int_epo = ? FOR UPDATE} (no row); {@code INSERT INTO individu} (every column, the
 * fingerprint of the OPI, {@code Empreinte.recue}, included); n × {@code INSERT INTO voeu} (every column);
 * {@code INSERT INTO journal} (resultat {@code created}); 1 + n × {@code INSERT INTO historique}
 * (INDIVIDU_CREE, then VOEU_AJOUTE per wish). 4 + 2n statements. When the code is already stored, the call is
 * handled as an update, like the service does (field changes, wishes added, changed, withdrawn or taken back).</li>
 * <li>INCHANGEE (the stored fingerprint is the OPI's): the SELECT … FOR UPDATE; {@code INSERT INTO journal}
 * (resultat {@code unchanged}). 2 statements.</li>
 * <li>F_VERS_D: the SELECT … FOR UPDATE; {@code SELECT <every individu column> FROM individu WHERE id = ?};
 * {@code SELECT <every voeu column> FROM voeu WHERE individu_id = ? ORDER BY id}; {@code INSERT INTO journal}
 * (resultat {@code updated}); {@code INSERT INTO
 * historique} (VOEU_MODIFIE, champ codDecVeu, F → D); {@code UPDATE individu SET <every column but id and code> WHERE
 * id = ? AND version = ?} (modifie_le now, the new fingerprint, version + 1); {@code UPDATE voeu SET <every column
 * but id, individu and key> WHERE id = ?} (cod_dec_veu D, modifie_le now). 7 statements.</li>
 * <li>VOEU_RETIRE: the same 7 statements, the history row VOEU_RETIRE and the wish's etat RETIRE.</li>
 * </ul>
 * Like Hibernate, an UPDATE sends every updatable column, changed or not, and history rows are inserted one by one.
 *
 * <p>Simplified: the journal's adresse_appelant is 127.0.0.1 (the bench's clients run on the connector's machine);
 * the OPI is not validated; a call that meets a concurrent call on the same new code (the service replays it) ends
 * in error here, after a rollback. Each bench connection draws its codes in a range of its own (up to 100
 * connections), so that two calls do not meet on one new code.
 */
public final class PlafondBase implements Cible {

    static final String OPERATION = "mettreajourDonneesOpi_v10";
    static final String ADRESSE_APPELANT = "127.0.0.1";
    private static final String ACTIF = "ACTIF";
    private static final String RETIRE = "RETIRE";

    private static final String LIRE_INDIVIDU = "SELECT id, " + Colonnes.noms(INDIVIDU)
            + ", anomalies, cree_le, modifie_le, version, empreinte_recue FROM individu WHERE id = ?";
    private static final String VOEUX = "SELECT id, " + Colonnes.noms(VOEU)
            + ", etat, anomalies, cree_le, modifie_le FROM voeu WHERE individu_id = ? ORDER BY id";
    private static final String INSERER_INDIVIDU = "INSERT INTO individu (" + Colonnes.noms(INDIVIDU)
            + ", anomalies, noms_recherche, empreinte_recue, cree_le, modifie_le, version) VALUES ("
            + Colonnes.parametres(INDIVIDU.size() + 6) + ")";
    private static final String MODIFIER_INDIVIDU = "UPDATE individu SET " + Colonnes.affectations(INDIVIDU_MODIFIABLES)
            + ", anomalies = ?, noms_recherche = ?, empreinte_recue = ?, cree_le = ?, modifie_le = ?, version = ? "
            + "WHERE id = ? AND version = ?";
    private static final String INSERER_VOEU = "INSERT INTO voeu (individu_id, " + Colonnes.noms(VOEU)
            + ", etat, anomalies, cree_le, modifie_le) VALUES (" + Colonnes.parametres(VOEU.size() + 5) + ")";
    private static final String MODIFIER_VOEU = "UPDATE voeu SET " + Colonnes.affectations(VOEU_MODIFIABLES)
            + ", etat = ?, anomalies = ?, cree_le = ?, modifie_le = ? WHERE id = ?";
    private static final String INSERER_JOURNAL = "INSERT INTO journal (recu_le, operation, cod_opi_int_epo, empreinte, "
            + "resultat, cle_faute, duree_ms, adresse_appelant) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)";
    private static final String INSERER_HISTORIQUE = "INSERT INTO historique (individu_id, voeu_id, journal_id, horodatage, "
            + "evenement, champ, ancienne_valeur, nouvelle_valeur) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final List<Session> sessions;

    /** Migrates the database with the connector's scripts, then opens one connection per bench connection. */
    public PlafondBase(String jdbcUrl, String user, String password, int connexions) {
        migrer(jdbcUrl, user, password);
        List<Session> ouvertes = new ArrayList<>(connexions);
        try {
            for (int i = 0; i < connexions; i++) {
                ouvertes.add(new Session(DriverManager.getConnection(jdbcUrl, user, password)));
            }
        } catch (SQLException e) {
            ouvertes.forEach(Session::close);
            throw new IllegalStateException("cannot open connection " + (ouvertes.size() + 1) + " of " + connexions
                    + ": " + e.getMessage(), e);
        }
        this.sessions = List.copyOf(ouvertes);
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

    /** "a; b", or null for none: the anomalies column as the domain writes it. */
    static String anomalies(List<String> anomalies) {
        return anomalies.isEmpty() ? null : String.join("; ", anomalies);
    }

    /** One bench connection: its JDBC connection and its prepared statements, used by one thread. */
    private static final class Session {

        private final Connection connexion;
        private final PreparedStatement verrou;
        private final PreparedStatement lireIndividu;
        private final PreparedStatement voeux;
        private final PreparedStatement insererIndividu;
        private final PreparedStatement modifierIndividu;
        private final PreparedStatement insererVoeu;
        private final PreparedStatement modifierVoeu;
        private final PreparedStatement insererJournal;
        private final PreparedStatement insererHistorique;
        /** Instants are stored in UTC, as Hibernate binds them (setTimestamp with a UTC calendar). */
        private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

        Session(Connection connexion) throws SQLException {
            this.connexion = connexion;
            try {
                connexion.setAutoCommit(false);
                connexion.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                verrou = connexion.prepareStatement(IndividuRepository.VERROU);
                lireIndividu = connexion.prepareStatement(LIRE_INDIVIDU);
                voeux = connexion.prepareStatement(VOEUX);
                insererIndividu = connexion.prepareStatement(INSERER_INDIVIDU, Statement.RETURN_GENERATED_KEYS);
                modifierIndividu = connexion.prepareStatement(MODIFIER_INDIVIDU);
                insererVoeu = connexion.prepareStatement(INSERER_VOEU, Statement.RETURN_GENERATED_KEYS);
                modifierVoeu = connexion.prepareStatement(MODIFIER_VOEU);
                insererJournal = connexion.prepareStatement(INSERER_JOURNAL, Statement.RETURN_GENERATED_KEYS);
                insererHistorique = connexion.prepareStatement(INSERER_HISTORIQUE);
            } catch (SQLException e) {
                connexion.close();
                throw e;
            }
        }

        /** What ReceptionOpiService.enregistrer does, statement for statement. */
        void enregistrer(Opi opi, long debut) throws SQLException {
            String empreinte = Empreinte.de(opi);
            String recue = Empreinte.recue(opi, empreinte);
            Instant maintenant = Instant.now();
            Object[] donnees = Colonnes.valeurs(INDIVIDU, opi.individu());
            String anomalies = anomalies(Anomalies.individu(opi.individu()));
            String noms = NomsRecherche.de(opi.individu().etatCivil());
            List<Changement> changements = new ArrayList<>();

            Verrou ligne = verrouiller(opi.codOpiIntEpo());
            if (ligne != null && recue.equals(ligne.empreinteRecue())) {
                insererJournal(opi.codOpiIntEpo(), empreinte, Resultat.UNCHANGED, debut);
                return;
            }
            IndividuLu individu = ligne == null ? null : lireIndividu(ligne.id());
            boolean cree = individu == null;
            Map<CleVoeu, VoeuLu> voeuxLus;
            if (cree) {
                individu = insererIndividu(donnees, anomalies, noms, recue, maintenant);
                changements.add(new Changement(null, Evenement.INDIVIDU_CREE, null));
                voeuxLus = new LinkedHashMap<>();
            } else {
                for (Difference difference : Colonnes.differences(INDIVIDU, individu.donnees, donnees)) {
                    changements.add(new Changement(null, Evenement.INDIVIDU_MODIFIE, difference));
                }
                individu.sale = !changements.isEmpty() || !Objects.equals(individu.anomalies, anomalies)
                        || !recue.equals(individu.empreinteRecue);
                individu.empreinteRecue = recue;
                if (!changements.isEmpty()) {
                    individu.modifieLe = maintenant;
                }
                individu.donnees = donnees;
                individu.anomalies = anomalies;
                voeuxLus = lireVoeux(individu.id);
            }

            Set<CleVoeu> recues = new HashSet<>();
            for (VoeuOpi recu : opi.voeux()) {
                recues.add(recu.cle());
                Object[] valeurs = Colonnes.valeurs(VOEU, recu);
                String anomaliesVoeu = anomalies(Anomalies.voeu(recu));
                VoeuLu voeu = voeuxLus.get(recu.cle());
                if (voeu == null) {
                    voeu = insererVoeu(individu.id, recu.cle(), valeurs, anomaliesVoeu, maintenant);
                    voeuxLus.put(recu.cle(), voeu);
                    changements.add(new Changement(voeu.id, Evenement.VOEU_AJOUTE, null));
                    continue;
                }
                if (!ACTIF.equals(voeu.etat)) {
                    voeu.etat = ACTIF;
                    voeu.modifieLe = maintenant;
                    voeu.sale = true;
                    changements.add(new Changement(voeu.id, Evenement.VOEU_REPRIS, null));
                }
                List<Difference> differences = Colonnes.differences(VOEU, voeu.valeurs, valeurs);
                for (Difference difference : differences) {
                    changements.add(new Changement(voeu.id, Evenement.VOEU_MODIFIE, difference));
                }
                if (!differences.isEmpty()) {
                    voeu.modifieLe = maintenant;
                }
                voeu.sale |= !differences.isEmpty() || !Objects.equals(voeu.anomalies, anomaliesVoeu);
                voeu.valeurs = valeurs;
                voeu.anomalies = anomaliesVoeu;
            }
            for (VoeuLu voeu : voeuxLus.values()) {
                if (ACTIF.equals(voeu.etat) && !recues.contains(voeu.cle)) {
                    voeu.etat = RETIRE;
                    voeu.modifieLe = maintenant;
                    voeu.sale = true;
                    changements.add(new Changement(voeu.id, Evenement.VOEU_RETIRE, null));
                }
            }

            Resultat resultat = cree ? Resultat.CREATED : changements.isEmpty() ? Resultat.UNCHANGED : Resultat.UPDATED;
            if (resultat == Resultat.UPDATED) {
                individu.modifieLe = maintenant;
                individu.sale = true;
            }
            long journal = insererJournal(opi.codOpiIntEpo(), empreinte, resultat, debut);
            for (Changement changement : changements) {
                insererHistorique(individu.id, journal, maintenant, changement);
            }
            // Hibernate flushes the updates at commit, after the inserts it ran at once (IDENTITY keys).
            if (individu.sale) {
                modifierIndividu(individu, noms);
            }
            for (VoeuLu voeu : voeuxLus.values()) {
                if (voeu.sale) {
                    modifierVoeu(voeu);
                }
            }
        }

        /** The row lock and what decides an unchanged re-send, as the service reads them; null for a new code. */
        private Verrou verrouiller(String code) throws SQLException {
            verrou.setString(1, code);
            try (ResultSet ligne = verrou.executeQuery()) {
                return ligne.next() ? new Verrou(ligne.getLong(1), ligne.getString(2)) : null;
            }
        }

        private IndividuLu lireIndividu(long id) throws SQLException {
            lireIndividu.setLong(1, id);
            try (ResultSet ligne = lireIndividu.executeQuery()) {
                if (!ligne.next()) {
                    throw new IllegalStateException("individu " + id + " gone under its row lock");
                }
                int apres = 2 + INDIVIDU.size();
                IndividuLu lu = new IndividuLu(ligne.getLong(1), Colonnes.lire(INDIVIDU, ligne, 2), ligne.getString(apres),
                        ligne.getTimestamp(apres + 1, utc), ligne.getTimestamp(apres + 2, utc).toInstant(),
                        ligne.getInt(apres + 3));
                lu.empreinteRecue = ligne.getString(apres + 4);
                return lu;
            }
        }

        private IndividuLu insererIndividu(Object[] donnees, String anomalies, String noms, String recue,
                Instant maintenant) throws SQLException {
            int index = Colonnes.lier(INDIVIDU, insererIndividu, 1, donnees);
            Timestamp creeLe = Timestamp.from(maintenant);
            insererIndividu.setString(index++, anomalies);
            insererIndividu.setString(index++, noms);
            insererIndividu.setString(index++, recue);
            insererIndividu.setTimestamp(index++, creeLe, utc);
            insererIndividu.setTimestamp(index++, creeLe, utc);
            insererIndividu.setInt(index, 0);
            insererIndividu.executeUpdate();
            IndividuLu insere = new IndividuLu(cle(insererIndividu), donnees, anomalies, creeLe, maintenant, 0);
            insere.empreinteRecue = recue;
            return insere;
        }

        private void modifierIndividu(IndividuLu individu, String noms) throws SQLException {
            int index = Colonnes.lier(INDIVIDU_MODIFIABLES, modifierIndividu, 1,
                    Colonnes.extraire(individu.donnees, Colonnes.POSITIONS_INDIVIDU_MODIFIABLES));
            modifierIndividu.setString(index++, individu.anomalies);
            modifierIndividu.setString(index++, noms);
            modifierIndividu.setString(index++, individu.empreinteRecue);
            modifierIndividu.setTimestamp(index++, individu.creeLe, utc);
            modifierIndividu.setTimestamp(index++, Timestamp.from(individu.modifieLe), utc);
            modifierIndividu.setInt(index++, individu.version + 1);
            modifierIndividu.setLong(index++, individu.id);
            modifierIndividu.setInt(index, individu.version);
            if (modifierIndividu.executeUpdate() != 1) {
                throw new IllegalStateException("individu " + individu.id + " changed under its row lock");
            }
        }

        private Map<CleVoeu, VoeuLu> lireVoeux(long individu) throws SQLException {
            Map<CleVoeu, VoeuLu> lus = new LinkedHashMap<>();
            voeux.setLong(1, individu);
            try (ResultSet ligne = voeux.executeQuery()) {
                int apres = 2 + VOEU.size();
                while (ligne.next()) {
                    CleVoeu cle = new CleVoeu(ligne.getString("cod_cge"), ligne.getString("cod_etp"),
                            ligne.getInt("cod_vrs_vet"));
                    lus.put(cle, new VoeuLu(ligne.getLong(1), cle, Colonnes.lire(VOEU, ligne, 2),
                            ligne.getString(apres), ligne.getString(apres + 1), ligne.getTimestamp(apres + 2, utc),
                            ligne.getTimestamp(apres + 3, utc).toInstant()));
                }
            }
            return lus;
        }

        private VoeuLu insererVoeu(long individu, CleVoeu cle, Object[] valeurs, String anomalies, Instant maintenant)
                throws SQLException {
            Timestamp creeLe = Timestamp.from(maintenant);
            insererVoeu.setLong(1, individu);
            int index = Colonnes.lier(VOEU, insererVoeu, 2, valeurs);
            insererVoeu.setString(index++, ACTIF);
            insererVoeu.setString(index++, anomalies);
            insererVoeu.setTimestamp(index++, creeLe, utc);
            insererVoeu.setTimestamp(index, creeLe, utc);
            insererVoeu.executeUpdate();
            return new VoeuLu(cle(insererVoeu), cle, valeurs, ACTIF, anomalies, creeLe, maintenant);
        }

        private void modifierVoeu(VoeuLu voeu) throws SQLException {
            int index = Colonnes.lier(VOEU_MODIFIABLES, modifierVoeu, 1,
                    Colonnes.extraire(voeu.valeurs, Colonnes.POSITIONS_VOEU_MODIFIABLES));
            modifierVoeu.setString(index++, voeu.etat);
            modifierVoeu.setString(index++, voeu.anomalies);
            modifierVoeu.setTimestamp(index++, voeu.creeLe, utc);
            modifierVoeu.setTimestamp(index++, Timestamp.from(voeu.modifieLe), utc);
            modifierVoeu.setLong(index, voeu.id);
            modifierVoeu.executeUpdate();
        }

        private long insererJournal(String code, String empreinte, Resultat resultat, long debut) throws SQLException {
            insererJournal.setTimestamp(1, Timestamp.from(Instant.now()), utc);
            insererJournal.setString(2, OPERATION);
            insererJournal.setString(3, code);
            insererJournal.setString(4, empreinte);
            insererJournal.setString(5, resultat.code());
            insererJournal.setInt(6, (int) ((System.nanoTime() - debut) / 1_000_000));
            insererJournal.setString(7, ADRESSE_APPELANT);
            insererJournal.executeUpdate();
            return cle(insererJournal);
        }

        private void insererHistorique(long individu, long journal, Instant maintenant, Changement changement)
                throws SQLException {
            insererHistorique.setLong(1, individu);
            if (changement.voeu() == null) {
                insererHistorique.setNull(2, Types.BIGINT);
            } else {
                insererHistorique.setLong(2, changement.voeu());
            }
            insererHistorique.setLong(3, journal);
            insererHistorique.setTimestamp(4, Timestamp.from(maintenant), utc);
            insererHistorique.setString(5, changement.type().name());
            Difference difference = changement.difference();
            insererHistorique.setString(6, difference == null ? null : difference.champ());
            insererHistorique.setString(7, difference == null ? null : difference.avant());
            insererHistorique.setString(8, difference == null ? null : difference.apres());
            insererHistorique.executeUpdate();
        }

        private static long cle(PreparedStatement insertion) throws SQLException {
            try (ResultSet cles = insertion.getGeneratedKeys()) {
                if (!cles.next()) {
                    throw new IllegalStateException("no generated key");
                }
                return cles.getLong(1);
            }
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

    /** The locked row: the individual's id and the fingerprint of the last OPI applied to it. */
    private record Verrou(long id, String empreinteRecue) {
    }

    /** A change, kept until the journal row exists (its history row points at it). */
    private record Changement(Long voeu, Evenement type, Difference difference) {
    }

    /** The locked individual, as read (or as just inserted), and what this call does to it. */
    private static final class IndividuLu {
        final long id;
        final Timestamp creeLe;
        final int version;
        Object[] donnees;
        String anomalies;
        String empreinteRecue;
        Instant modifieLe;
        boolean sale;

        IndividuLu(long id, Object[] donnees, String anomalies, Timestamp creeLe, Instant modifieLe, int version) {
            this.id = id;
            this.donnees = donnees;
            this.anomalies = anomalies;
            this.creeLe = creeLe;
            this.modifieLe = modifieLe;
            this.version = version;
        }
    }

    /** A stored wish, as read (or as just inserted), and what this call does to it. */
    private static final class VoeuLu {
        final long id;
        final CleVoeu cle;
        final Timestamp creeLe;
        Object[] valeurs;
        String etat;
        String anomalies;
        Instant modifieLe;
        boolean sale;

        VoeuLu(long id, CleVoeu cle, Object[] valeurs, String etat, String anomalies, Timestamp creeLe,
                Instant modifieLe) {
            this.id = id;
            this.cle = cle;
            this.valeurs = valeurs;
            this.etat = etat;
            this.anomalies = anomalies;
            this.creeLe = creeLe;
            this.modifieLe = modifieLe;
        }
    }
}
