package fr.opiconnector.reception;

import static fr.opiconnector.reception.Colonnes.INDIVIDU;
import static fr.opiconnector.reception.Colonnes.INDIVIDU_MODIFIABLES;
import static fr.opiconnector.reception.Colonnes.VOEU;
import static fr.opiconnector.reception.Colonnes.VOEU_MODIFIABLES;

import fr.opiconnector.database.Horodatages;
import fr.opiconnector.journal.Resultat;
import fr.opiconnector.reception.Colonnes.Difference;
import fr.opiconnector.reception.Historique.Evenement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a received OPI is stored, in JDBC on the call's transaction: the individual created, or reconciled with the OPI
 * (what the call's operation version does not carry keeps its stored value; each wish added, changed, taken back, or
 * withdrawn when the OPI no longer carries it), and a history row per change. The rows are those the entities map
 * ({@link Individu}, {@link Voeu}, {@link Historique}), which the rest of the connector reads.
 *
 * <p>In two steps around the call's journal row, which the history rows point at: {@link #preparer} locks the
 * individual's row ({@link IndividuRepository#VERROU}) and writes what is new (the individual, its new wishes);
 * {@link Preparee#terminer} writes the history rows in one batch and the updates. Statements, with n wishes:
 * <ul>
 * <li>a new OPI code: the lock (no row), one INSERT of the individual, n INSERTs of wishes, then the history batch;</li>
 * <li>a re-send of the OPI last applied (same {@link Empreinte#recue} under the lock): the lock, nothing else;</li>
 * <li>any other OPI: the lock, the individual's row and its wishes read (two SELECTs), the INSERTs of new wishes, then
 * the history batch, the UPDATE of the individual (its version checked and raised) and one UPDATE per changed wish.</li>
 * </ul>
 * The bench's database ceiling runs this very class, so that the two cannot drift apart.
 */
public final class EcritureOpi {

    private static final String ACTIF = Voeu.Etat.ACTIF.name();
    private static final String RETIRE = Voeu.Etat.RETIRE.name();

    private static final String LIRE_INDIVIDU = "SELECT " + Colonnes.noms(INDIVIDU)
            + ", anomalies, cree_le, modifie_le, version FROM individu WHERE id = ?";
    private static final String LIRE_VOEUX = "SELECT id, " + Colonnes.noms(VOEU)
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
    private static final String INSERER_HISTORIQUE = "INSERT INTO historique (individu_id, voeu_id, journal_id, "
            + "horodatage, evenement, champ, ancienne_valeur, nouvelle_valeur) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int DECISION = Colonnes.position(VOEU, "codDecVeu");
    private static final int CATEGORIE_OUI_SI = Colonnes.position(VOEU, "codCatOuiSi");
    private static final int COD_CGE = Colonnes.position(VOEU, "codCge");
    private static final int COD_ETP = Colonnes.position(VOEU, "codEtp");
    private static final int COD_VRS_VET = Colonnes.position(VOEU, "codVrsVet");
    private static final Map<VersionOpi, int[]> NON_PORTES_INDIVIDU = nonPortes(INDIVIDU);
    private static final Map<VersionOpi, int[]> NON_PORTES_VOEU = nonPortes(VOEU);

    private EcritureOpi() {
    }

    /**
     * Locks the individual of the OPI and writes what is new; the rest waits for the journal row
     * ({@link Preparee#terminer}).
     *
     * @param recue the OPI's {@link Empreinte#recue}: equal to the stored one, the call is a re-send and writes nothing
     */
    public static Preparee preparer(Connection connexion, Opi opi, ValeursOpi valeurs, String recue, Instant maintenant)
            throws SQLException {
        Horodatages temps = Horodatages.pour(connexion);
        IndividuRepository.Verrou verrou = verrouiller(connexion, opi.codOpiIntEpo());
        if (verrou != null && recue.equals(verrou.empreinteRecue())) {
            return new Preparee(Resultat.UNCHANGED, null, List.of(), List.of(), maintenant, temps);
        }
        return verrou == null
                ? creer(connexion, opi, valeurs, recue, maintenant, temps)
                : reconcilier(connexion, verrou.id(), opi, valeurs, recue, maintenant, temps);
    }

    private static IndividuRepository.Verrou verrouiller(Connection connexion, String code) throws SQLException {
        try (PreparedStatement verrou = connexion.prepareStatement(IndividuRepository.VERROU)) {
            verrou.setString(1, code);
            try (ResultSet ligne = verrou.executeQuery()) {
                return ligne.next() ? new IndividuRepository.Verrou(ligne.getLong(1), ligne.getString(2)) : null;
            }
        }
    }

    private static Preparee creer(Connection connexion, Opi opi, ValeursOpi valeurs, String recue, Instant maintenant,
            Horodatages temps) throws SQLException {
        Instant creeLe = maintenant;
        IndividuLu individu = new IndividuLu(0, valeurs.individu(), Anomalies.joindre(Anomalies.individu(opi.individu())),
                creeLe, 0);
        individu.modifieLe = maintenant;
        individu.empreinteRecue = recue;
        individu.noms = NomsRecherche.de(opi.individu().etatCivil());
        try (PreparedStatement insertion = connexion.prepareStatement(INSERER_INDIVIDU, Statement.RETURN_GENERATED_KEYS)) {
            int index = Colonnes.lier(INDIVIDU, insertion, 1, individu.valeurs);
            insertion.setString(index++, individu.anomalies);
            insertion.setString(index++, individu.noms);
            insertion.setString(index++, recue);
            temps.lier(insertion, index++, creeLe);
            temps.lier(insertion, index++, creeLe);
            insertion.setInt(index, 0);
            insertion.executeUpdate();
            individu.id = cle(insertion);
        }
        List<Changement> changements = new ArrayList<>();
        changements.add(new Changement(null, Evenement.INDIVIDU_CREE, null));
        try (PreparedStatement insertion = connexion.prepareStatement(INSERER_VOEU, Statement.RETURN_GENERATED_KEYS)) {
            for (Object[] voeu : valeurs.voeux()) {
                long id = insererVoeu(insertion, individu.id, voeu, maintenant, temps);
                changements.add(new Changement(id, Evenement.VOEU_AJOUTE, null));
            }
        }
        return new Preparee(Resultat.CREATED, individu, List.of(), changements, maintenant, temps);
    }

    private static Preparee reconcilier(Connection connexion, long id, Opi opi, ValeursOpi valeurs, String recue,
            Instant maintenant, Horodatages temps) throws SQLException {
        IndividuLu individu = lireIndividu(connexion, id, temps);
        Object[] donnees = completer(valeurs.individu(), individu.valeurs, NON_PORTES_INDIVIDU.get(opi.version()));
        List<Changement> changements = new ArrayList<>();
        for (Difference difference : Colonnes.differences(INDIVIDU, individu.valeurs, donnees)) {
            changements.add(new Changement(null, Evenement.INDIVIDU_MODIFIE, difference));
        }
        individu.valeurs = donnees;
        individu.anomalies = Anomalies.joindre(Anomalies.individu(opi.individu()));
        individu.noms = NomsRecherche.de(opi.individu().etatCivil());
        individu.empreinteRecue = recue;

        Map<CleVoeu, VoeuLu> stockes = lireVoeux(connexion, id, temps);
        Set<CleVoeu> recues = new HashSet<>();
        try (PreparedStatement insertion = connexion.prepareStatement(INSERER_VOEU, Statement.RETURN_GENERATED_KEYS)) {
            for (Object[] envoye : valeurs.voeux()) {
                CleVoeu cle = cle(envoye);
                recues.add(cle);
                VoeuLu voeu = stockes.get(cle);
                if (voeu == null) {
                    long nouveau = insererVoeu(insertion, id, envoye, maintenant, temps);
                    changements.add(new Changement(nouveau, Evenement.VOEU_AJOUTE, null));
                    continue;
                }
                Object[] recu = completer(envoye, voeu.valeurs, NON_PORTES_VOEU.get(opi.version()));
                if (!ACTIF.equals(voeu.etat)) {
                    voeu.etat = ACTIF;
                    voeu.modifieLe = maintenant;
                    voeu.sale = true;
                    changements.add(new Changement(voeu.id, Evenement.VOEU_REPRIS, null));
                }
                List<Difference> differences = Colonnes.differences(VOEU, voeu.valeurs, recu);
                for (Difference difference : differences) {
                    changements.add(new Changement(voeu.id, Evenement.VOEU_MODIFIE, difference));
                }
                if (!differences.isEmpty()) {
                    voeu.modifieLe = maintenant;
                }
                String anomalies = anomaliesVoeu(recu);
                voeu.sale |= !differences.isEmpty() || !Objects.equals(voeu.anomalies, anomalies);
                voeu.valeurs = recu;
                voeu.anomalies = anomalies;
            }
        }
        for (VoeuLu voeu : stockes.values()) {
            if (ACTIF.equals(voeu.etat) && !recues.contains(voeu.cle)) {
                voeu.etat = RETIRE;
                voeu.modifieLe = maintenant;
                voeu.sale = true;
                changements.add(new Changement(voeu.id, Evenement.VOEU_RETIRE, null));
            }
        }
        // The fingerprint changes, so the individual's row is written (and its version raised) in every case; its
        // modification time moves when the individual or one of its wishes changed.
        if (!changements.isEmpty()) {
            individu.modifieLe = maintenant;
        }
        Resultat resultat = changements.isEmpty() ? Resultat.UNCHANGED : Resultat.UPDATED;
        List<VoeuLu> modifies = stockes.values().stream().filter(v -> v.sale).toList();
        return new Preparee(resultat, individu, modifies, changements, maintenant, temps);
    }

    /** The received values, with those the version does not carry taken from the stored row. */
    private static Object[] completer(Object[] recues, Object[] stockees, int[] nonPortes) {
        if (nonPortes.length == 0) {
            return recues;
        }
        Object[] completees = recues.clone();
        for (int position : nonPortes) {
            completees[position] = stockees[position];
        }
        return completees;
    }

    private static String anomaliesVoeu(Object[] voeu) {
        return Anomalies.joindre(Anomalies.voeu((String) voeu[DECISION], (String) voeu[CATEGORIE_OUI_SI]));
    }

    private static CleVoeu cle(Object[] voeu) {
        return new CleVoeu((String) voeu[COD_CGE], (String) voeu[COD_ETP], (Integer) voeu[COD_VRS_VET]);
    }

    private static IndividuLu lireIndividu(Connection connexion, long id, Horodatages temps) throws SQLException {
        try (PreparedStatement lecture = connexion.prepareStatement(LIRE_INDIVIDU)) {
            lecture.setLong(1, id);
            try (ResultSet ligne = lecture.executeQuery()) {
                if (!ligne.next()) {
                    throw new IllegalStateException("individu " + id + " gone under its row lock");
                }
                int apres = 1 + INDIVIDU.size();
                IndividuLu lu = new IndividuLu(id, Colonnes.lire(INDIVIDU, ligne, 1), ligne.getString(apres),
                        temps.lire(ligne, apres + 1), ligne.getInt(apres + 3));
                lu.modifieLe = temps.lire(ligne, apres + 2);
                return lu;
            }
        }
    }

    private static Map<CleVoeu, VoeuLu> lireVoeux(Connection connexion, long individu, Horodatages temps)
            throws SQLException {
        Map<CleVoeu, VoeuLu> lus = new LinkedHashMap<>();
        try (PreparedStatement lecture = connexion.prepareStatement(LIRE_VOEUX)) {
            lecture.setLong(1, individu);
            try (ResultSet ligne = lecture.executeQuery()) {
                int apres = 2 + VOEU.size();
                while (ligne.next()) {
                    Object[] valeurs = Colonnes.lire(VOEU, ligne, 2);
                    CleVoeu cle = cle(valeurs);
                    lus.put(cle, new VoeuLu(ligne.getLong(1), cle, valeurs, ligne.getString(apres),
                            ligne.getString(apres + 1), temps.lire(ligne, apres + 2),
                            temps.lire(ligne, apres + 3)));
                }
            }
        }
        return lus;
    }

    private static long insererVoeu(PreparedStatement insertion, long individu, Object[] valeurs, Instant maintenant,
            Horodatages temps) throws SQLException {
        Instant creeLe = maintenant;
        insertion.setLong(1, individu);
        int index = Colonnes.lier(VOEU, insertion, 2, valeurs);
        insertion.setString(index++, ACTIF);
        insertion.setString(index++, anomaliesVoeu(valeurs));
        temps.lier(insertion, index++, creeLe);
        temps.lier(insertion, index, creeLe);
        insertion.executeUpdate();
        return cle(insertion);
    }

    private static long cle(PreparedStatement insertion) throws SQLException {
        try (ResultSet cles = insertion.getGeneratedKeys()) {
            if (!cles.next()) {
                throw new IllegalStateException("no generated key");
            }
            return cles.getLong(1);
        }
    }

    private static Map<VersionOpi, int[]> nonPortes(List<Colonnes.Champ> champs) {
        Map<VersionOpi, int[]> parVersion = new EnumMap<>(VersionOpi.class);
        for (VersionOpi version : VersionOpi.values()) {
            parVersion.put(version, version.nonPortes(champs));
        }
        return parVersion;
    }

    /**
     * A call whose outcome is known and whose new rows are written: what is left waits for its journal row. A
     * re-send has nothing left.
     */
    public static final class Preparee {

        private final Resultat resultat;
        private final IndividuLu individu;
        private final List<VoeuLu> voeuxModifies;
        private final List<Changement> changements;
        private final Instant maintenant;
        private final Horodatages temps;

        private Preparee(Resultat resultat, IndividuLu individu, List<VoeuLu> voeuxModifies,
                List<Changement> changements, Instant maintenant, Horodatages temps) {
            this.resultat = resultat;
            this.individu = individu;
            this.voeuxModifies = voeuxModifies;
            this.changements = changements;
            this.maintenant = maintenant;
            this.temps = temps;
        }

        public Resultat resultat() {
            return resultat;
        }

        /** The history rows, pointing at the call's journal row, then the updates of the individual and its wishes. */
        public void terminer(Connection connexion, long journal) throws SQLException {
            if (individu == null) {
                return;
            }
            Instant horodatage = maintenant;
            if (!changements.isEmpty()) {
                try (PreparedStatement insertion = connexion.prepareStatement(INSERER_HISTORIQUE)) {
                    for (Changement changement : changements) {
                        lierHistorique(insertion, journal, horodatage, changement);
                        insertion.addBatch();
                    }
                    insertion.executeBatch();
                }
            }
            if (resultat != Resultat.CREATED) {
                modifierIndividu(connexion);
            }
            if (!voeuxModifies.isEmpty()) {
                try (PreparedStatement modification = connexion.prepareStatement(MODIFIER_VOEU)) {
                    for (VoeuLu voeu : voeuxModifies) {
                        modifierVoeu(modification, voeu);
                    }
                }
            }
        }

        private void lierHistorique(PreparedStatement insertion, long journal, Instant horodatage,
                Changement changement) throws SQLException {
            insertion.setLong(1, individu.id);
            if (changement.voeu() == null) {
                insertion.setNull(2, Types.BIGINT);
            } else {
                insertion.setLong(2, changement.voeu());
            }
            insertion.setLong(3, journal);
            temps.lier(insertion, 4, horodatage);
            insertion.setString(5, changement.type().name());
            Difference difference = changement.difference();
            insertion.setString(6, difference == null ? null : difference.champ());
            insertion.setString(7, difference == null ? null : difference.avant());
            insertion.setString(8, difference == null ? null : difference.apres());
        }

        private void modifierIndividu(Connection connexion) throws SQLException {
            try (PreparedStatement modification = connexion.prepareStatement(MODIFIER_INDIVIDU)) {
                int index = Colonnes.lier(INDIVIDU_MODIFIABLES, modification, 1,
                        Colonnes.extraire(individu.valeurs, Colonnes.POSITIONS_INDIVIDU_MODIFIABLES));
                modification.setString(index++, individu.anomalies);
                modification.setString(index++, individu.noms);
                modification.setString(index++, individu.empreinteRecue);
                temps.lier(modification, index++, individu.creeLe);
                temps.lier(modification, index++, individu.modifieLe);
                modification.setInt(index++, individu.version + 1);
                modification.setLong(index++, individu.id);
                modification.setInt(index, individu.version);
                if (modification.executeUpdate() != 1) {
                    throw new IllegalStateException("individu " + individu.id + " changed under its row lock");
                }
            }
        }

        private void modifierVoeu(PreparedStatement modification, VoeuLu voeu) throws SQLException {
            int index = Colonnes.lier(VOEU_MODIFIABLES, modification, 1,
                    Colonnes.extraire(voeu.valeurs, Colonnes.POSITIONS_VOEU_MODIFIABLES));
            modification.setString(index++, voeu.etat);
            modification.setString(index++, voeu.anomalies);
            temps.lier(modification, index++, voeu.creeLe);
            temps.lier(modification, index++, voeu.modifieLe);
            modification.setLong(index, voeu.id);
            modification.executeUpdate();
        }
    }

    /** A change, kept until the journal row exists (its history row points at it). */
    private record Changement(Long voeu, Evenement type, Difference difference) {
    }

    /** The locked individual, as read (or as just inserted), and what this call does to it. */
    private static final class IndividuLu {
        long id;
        final Instant creeLe;
        final int version;
        Object[] valeurs;
        String anomalies;
        String noms;
        String empreinteRecue;
        Instant modifieLe;

        IndividuLu(long id, Object[] valeurs, String anomalies, Instant creeLe, int version) {
            this.id = id;
            this.valeurs = valeurs;
            this.anomalies = anomalies;
            this.creeLe = creeLe;
            this.version = version;
        }
    }

    /** A stored wish, as read, and what this call does to it. */
    private static final class VoeuLu {
        final long id;
        final CleVoeu cle;
        final Instant creeLe;
        Object[] valeurs;
        String etat;
        String anomalies;
        Instant modifieLe;
        boolean sale;

        VoeuLu(long id, CleVoeu cle, Object[] valeurs, String etat, String anomalies, Instant creeLe,
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
