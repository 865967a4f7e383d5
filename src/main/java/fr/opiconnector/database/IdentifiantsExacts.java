package fr.opiconnector.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Schema version 7: identifiers compare exactly. On MariaDB the identifier columns move from the database's
 * case- and trailing-space-insensitive collation to utf8mb4_nopad_bin (byte for byte, trailing spaces count: what
 * Java and H2 already do). Before anything is changed, rows whose identifiers are equal once trimmed and upper-cased
 * are looked for, on MariaDB and H2 alike; if there are any the migration stops and names them, and changes nothing.
 */
public final class IdentifiantsExacts {

    /** The collation of an identifier column on MariaDB. */
    public static final String COLLATION = "utf8mb4_nopad_bin";

    /** Table → its identifier columns with their definition (type and nullability, restated by MODIFY). */
    private static final Map<String, List<String>> COLONNES = new LinkedHashMap<>();

    static {
        COLONNES.put("individu", List.of("cod_opi_int_epo VARCHAR(10) NOT NULL", "etat_civil_cod_nne_ind_opi VARCHAR(64)"));
        COLONNES.put("voeu", List.of("cod_cge VARCHAR(64) NOT NULL", "cod_etp VARCHAR(64) NOT NULL"));
        COLONNES.put("journal", List.of("cod_opi_int_epo VARCHAR(64)"));
        COLONNES.put("remontee", List.of("cod_opi_int_epo VARCHAR(10) NOT NULL"));
        COLONNES.put("inscription", List.of("cod_etp VARCHAR(64) NOT NULL"));
        COLONNES.put("formation", List.of("oui_cod_etp VARCHAR(64) NOT NULL", "oui_si3_cod_etp VARCHAR(64)",
                "oui_si4_cod_etp VARCHAR(64)"));
        COLONNES.put("compte", List.of("login VARCHAR(64) NOT NULL", "email VARCHAR(254) NOT NULL"));
        COLONNES.put("audit", List.of("login VARCHAR(64) NOT NULL"));
    }

    private IdentifiantsExacts() {
    }

    public static void migrer(Connection connexion) throws SQLException {
        verifierCollisions(connexion);
        if (connexion.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return;
        }
        try (Statement requete = connexion.createStatement()) {
            for (Map.Entry<String, List<String>> table : COLONNES.entrySet()) {
                List<String> modifications = table.getValue().stream()
                        .map(c -> "MODIFY " + c.replaceFirst("\\)", ") CHARACTER SET utf8mb4 COLLATE " + COLLATION))
                        .toList();
                requete.execute("ALTER TABLE " + table.getKey() + " " + String.join(", ", modifications));
            }
        }
    }

    /**
     * Stops when two rows carry identifiers equal once trimmed and upper-cased: OPI codes, the key of one individual's
     * wishes, logins, e-mail addresses. The message names OPI codes and logins only, never an e-mail address.
     */
    static void verifierCollisions(Connection connexion) throws SQLException {
        List<String> groupes = new ArrayList<>();
        groupes.addAll(collisions(connexion, "SELECT cod_opi_int_epo FROM individu",
                r -> new Ligne(canonique(r.getString(1)), r.getString(1), "OPI codes", cite(r.getString(1)))));
        groupes.addAll(collisions(connexion, "SELECT i.cod_opi_int_epo, v.cod_cge, v.cod_etp, v.cod_vrs_vet "
                + "FROM voeu v JOIN individu i ON i.id = v.individu_id", r -> {
                    String exacte = r.getString(2) + "/" + r.getString(3) + "/" + r.getInt(4);
                    String canonique = canonique(r.getString(2)) + "/" + canonique(r.getString(3)) + "/" + r.getInt(4);
                    String opi = r.getString(1);
                    return new Ligne(opi + " " + canonique, opi + " " + exacte, "wishes of OPI " + opi, cite(exacte));
                }));
        groupes.addAll(collisions(connexion, "SELECT login FROM compte",
                r -> new Ligne(canonique(r.getString(1)), r.getString(1), "logins", cite(r.getString(1)))));
        groupes.addAll(collisions(connexion, "SELECT email, login FROM compte",
                r -> new Ligne(canonique(r.getString(1)), r.getString(1), "one e-mail address for the accounts",
                        cite(r.getString(2)))));
        if (!groupes.isEmpty()) {
            throw new IdentifiantsEnDoubleException("identifiers are now compared exactly (upper/lower case and spaces "
                    + "count), and these ones differ only by case or surrounding spaces: " + String.join("; ", groupes)
                    + ". Nothing was changed. Keep one record per identifier (correct or remove the wrong one, usually the "
                    + "one not written in upper case without spaces; for accounts, deactivate or correct one), then start "
                    + "the service again or run 'migrate'.");
        }
    }

    private record Ligne(String cleCanonique, String cleExacte, String groupe, String libelle) {
    }

    private interface Lecture {
        Ligne lire(ResultSet ligne) throws SQLException;
    }

    /**
     * The groups of rows whose canonical keys are equal and exact keys differ. Two passes, so that memory holds only
     * the rows that are not in canonical form (usually none): only they can collide with another row.
     */
    private static List<String> collisions(Connection connexion, String sql, Lecture lecture) throws SQLException {
        Set<String> suspectes = new HashSet<>();
        parcourir(connexion, sql, lecture, ligne -> {
            if (!ligne.cleCanonique().equals(ligne.cleExacte())) {
                suspectes.add(ligne.cleCanonique());
            }
        });
        if (suspectes.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Set<String>>> parCle = new LinkedHashMap<>();
        // Exact keys sorted, so that the message lists them in the same order on every database.
        Map<String, String> groupes = new LinkedHashMap<>();
        parcourir(connexion, sql, lecture, ligne -> {
            if (suspectes.contains(ligne.cleCanonique())) {
                groupes.put(ligne.cleCanonique(), ligne.groupe());
                parCle.computeIfAbsent(ligne.cleCanonique(), c -> new TreeMap<>())
                        .computeIfAbsent(ligne.cleExacte(), e -> new LinkedHashSet<>()).add(ligne.libelle());
            }
        });
        List<String> resultat = new ArrayList<>();
        parCle.forEach((cle, exactes) -> {
            if (exactes.size() > 1) {
                List<String> libelles = exactes.values().stream().flatMap(Set::stream).toList();
                resultat.add(groupes.get(cle) + " " + String.join(", ", libelles));
            }
        });
        return resultat;
    }

    private interface Traitement {
        void traiter(Ligne ligne);
    }

    private static void parcourir(Connection connexion, String sql, Lecture lecture, Traitement traitement)
            throws SQLException {
        try (Statement requete = connexion.createStatement()) {
            requete.setFetchSize(1000);
            try (ResultSet lignes = requete.executeQuery(sql)) {
                while (lignes.next()) {
                    traitement.traiter(lecture.lire(lignes));
                }
            }
        }
    }

    /** An identifier as the contract writes it: no surrounding spaces, upper case. */
    static String canonique(String valeur) {
        return valeur == null ? "" : valeur.replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", "").toUpperCase(Locale.ROOT);
    }

    /** Quoted, so that a leading or trailing space shows. */
    private static String cite(String valeur) {
        return "\"" + valeur + "\"";
    }
}
