package fr.opiconnector.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.bench.Cible.Issue;
import fr.opiconnector.bench.OpiSynthetique.Nature;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The database ceiling writes the rows the connector writes, and the preload stores individuals shaped like them. */
class PlafondBaseIT {

    /** Columns that differ between two databases fed the same calls: generated ids, clocks, durations. */
    private static final Set<String> VARIABLES = Set.of("id", "individu_id", "voeu_id", "journal_id", "cree_le",
            "modifie_le", "recu_le", "horodatage", "duree_ms");

    @Test
    void four_connections_leave_the_rows_of_the_natures_they_sent() throws Exception {
        List<List<OpiSynthetique>> flux = flux(2026, 4, 125);
        List<OpiSynthetique> envoyees = flux.stream().flatMap(List::stream).toList();
        Map<Nature, Long> parNature = new EnumMap<>(Nature.class);
        envoyees.forEach(opi -> parNature.merge(opi.nature(), 1L, Long::sum));
        List<OpiSynthetique> nouvelles = envoyees.stream().filter(opi -> opi.nature() == Nature.NOUVELLE).toList();
        long codes = nouvelles.stream().map(OpiSynthetique::codOpiIntEpo).distinct().count();
        assertEquals(nouvelles.size(), codes, "this seed draws every new code once");
        long voeuxCrees = nouvelles.stream().mapToLong(opi -> opi.voeux().size()).sum();
        long decisionsD = nouvelles.stream().flatMap(opi -> opi.voeux().stream())
                .filter(voeu -> voeu.codDecVeu().equals("D")).count();
        long fVersD = parNature.getOrDefault(Nature.F_VERS_D, 0L);
        long retraits = parNature.getOrDefault(Nature.VOEU_RETIRE, 0L);
        assertTrue(fVersD > 0 && retraits > 0 && parNature.getOrDefault(Nature.INCHANGEE, 0L) > 0, parNature::toString);

        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                PlafondBase plafond = new PlafondBase(base.url(), MariaDbDEssai.utilisateur(),
                        MariaDbDEssai.motDePasse(), 4)) {
            List<Issue> issues = envoyer(plafond, flux);

            assertEquals(List.of(Issue.OK), issues.stream().distinct().toList());
            assertEquals(500, base.compter("SELECT COUNT(*) FROM journal"));
            assertEquals(nouvelles.size(), base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'created'"));
            assertEquals(parNature.get(Nature.INCHANGEE),
                    base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'unchanged'"));
            assertEquals(fVersD + retraits, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'updated'"));
            assertEquals(codes, base.compter("SELECT COUNT(*) FROM individu"));
            assertEquals(fVersD + retraits, base.compter("SELECT SUM(version) FROM individu"));
            assertEquals(voeuxCrees, base.compter("SELECT COUNT(*) FROM voeu"));
            assertEquals(retraits, base.compter("SELECT COUNT(*) FROM voeu WHERE etat = 'RETIRE'"));
            assertEquals(decisionsD + fVersD, base.compter("SELECT COUNT(*) FROM voeu WHERE cod_dec_veu = 'D'"));
            assertEquals(nouvelles.size(), base.compter("SELECT COUNT(*) FROM historique WHERE evenement = 'INDIVIDU_CREE'"));
            assertEquals(voeuxCrees, base.compter("SELECT COUNT(*) FROM historique WHERE evenement = 'VOEU_AJOUTE'"));
            assertEquals(fVersD, base.compter("SELECT COUNT(*) FROM historique WHERE evenement = 'VOEU_MODIFIE' "
                    + "AND champ = 'codDecVeu' AND ancienne_valeur = 'F' AND nouvelle_valeur = 'D'"));
            assertEquals(retraits, base.compter("SELECT COUNT(*) FROM historique WHERE evenement = 'VOEU_RETIRE'"));
            assertEquals(nouvelles.size() + voeuxCrees + fVersD + retraits, base.compter("SELECT COUNT(*) FROM historique"));
            assertEquals(0, base.compter("SELECT COUNT(*) FROM historique h JOIN individu i ON i.id = h.individu_id "
                    + "JOIN journal j ON j.id = h.journal_id WHERE j.cod_opi_int_epo <> i.cod_opi_int_epo"));
        }
    }

    @Test
    void the_rows_are_those_the_connector_stores_for_the_same_calls() throws Exception {
        List<OpiSynthetique> opis = flux(7, 1, 80).get(0);
        assertEquals(Set.of(Nature.values()), opis.stream().map(OpiSynthetique::nature).collect(Collectors.toSet()),
                "every nature is sent");
        try (MariaDbDEssai pourConnecteur = MariaDbDEssai.nouvelleBase();
                MariaDbDEssai pourPlafond = MariaDbDEssai.nouvelleBase()) {
            try (ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(pourConnecteur.url())) {
                for (OpiSynthetique opi : opis) {
                    assertTrue(connecteur.posterOctets(opi.xml().getBytes(StandardCharsets.UTF_8)).reponseVide(),
                            opi.codOpiIntEpo());
                }
            }
            try (PlafondBase plafond = new PlafondBase(pourPlafond.url(), MariaDbDEssai.utilisateur(),
                    MariaDbDEssai.motDePasse(), 1)) {
                for (OpiSynthetique opi : opis) {
                    assertEquals(Issue.OK, plafond.appeler(0, opi), opi.codOpiIntEpo());
                }
            }

            for (String requete : List.of(
                    "SELECT * FROM individu ORDER BY cod_opi_int_epo",
                    "SELECT i.cod_opi_int_epo AS code, v.* FROM voeu v JOIN individu i ON i.id = v.individu_id "
                            + "ORDER BY i.cod_opi_int_epo, v.id",
                    "SELECT * FROM journal ORDER BY id",
                    "SELECT i.cod_opi_int_epo AS code, v.cod_cge AS voeu_cge, v.cod_etp AS voeu_etp, j.resultat AS appel, "
                            + "h.* FROM historique h JOIN individu i ON i.id = h.individu_id JOIN journal j ON "
                            + "j.id = h.journal_id LEFT JOIN voeu v ON v.id = h.voeu_id ORDER BY h.id",
                    "SELECT cod_opi_int_epo, modifie_le > cree_le FROM individu ORDER BY 1",
                    "SELECT i.cod_opi_int_epo, v.cod_cge, v.cod_etp, v.modifie_le > v.cree_le FROM voeu v "
                            + "JOIN individu i ON i.id = v.individu_id ORDER BY 1, 2, 3")) {
                List<Map<String, String>> attendues = lignes(pourConnecteur, requete);
                List<Map<String, String>> obtenues = lignes(pourPlafond, requete);
                assertTrue(attendues.size() >= 30, requete);
                assertEquals(attendues.size(), obtenues.size(), requete);
                for (int i = 0; i < attendues.size(); i++) {
                    Map<String, String> attendue = attendues.get(i);
                    Map<String, String> obtenue = obtenues.get(i);
                    assertEquals(List.of(), attendue.keySet().stream()
                            .filter(colonne -> !Objects.equals(attendue.get(colonne), obtenue.get(colonne)))
                            .map(colonne -> colonne + ": " + attendue.get(colonne) + " ≠ " + obtenue.get(colonne))
                            .toList(), requete + ", row " + (i + 1));
                }
            }
        }
    }

    @Test
    void the_preload_stores_individuals_as_the_connector_would_and_the_bench_carries_on_after_them() {
        List<OpiSynthetique> chargees = ChargementRapide.candidats(7, 0).limit(2000).toList();
        long voeux = chargees.stream().mapToLong(opi -> opi.voeux().size()).sum();
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase()) {
            assertEquals(2000, ChargementRapide.charger(base.url(), MariaDbDEssai.utilisateur(),
                    MariaDbDEssai.motDePasse(), 2000, 7));

            assertEquals(2000, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo LIKE 'P25%'"));
            assertEquals("P250001999", base.lignes("SELECT MAX(cod_opi_int_epo) FROM individu").get(0));
            assertEquals(voeux, base.compter("SELECT COUNT(*) FROM voeu WHERE etat = 'ACTIF'"));
            assertEquals(2000, base.compter("SELECT COUNT(*) FROM (SELECT individu_id FROM voeu GROUP BY individu_id "
                    + "HAVING COUNT(*) BETWEEN 1 AND 3) parIndividu"));
            assertEquals(2000, base.compter("SELECT COUNT(*) FROM journal j JOIN individu i "
                    + "ON i.cod_opi_int_epo = j.cod_opi_int_epo WHERE j.resultat = 'created'"));
            assertEquals(2000, base.compter("SELECT COUNT(*) FROM historique WHERE evenement = 'INDIVIDU_CREE'"));
            assertEquals(voeux, base.compter("SELECT COUNT(*) FROM historique h JOIN voeu v ON v.id = h.voeu_id "
                    + "AND v.individu_id = h.individu_id WHERE h.evenement = 'VOEU_AJOUTE'"));
            assertEquals(2000 + voeux, base.compter("SELECT COUNT(*) FROM historique h JOIN individu i "
                    + "ON i.id = h.individu_id JOIN journal j ON j.id = h.journal_id "
                    + "AND j.cod_opi_int_epo = i.cod_opi_int_epo"));

            List<List<OpiSynthetique>> bench = flux(3, 1, 50);
            try (PlafondBase plafond = new PlafondBase(base.url(), MariaDbDEssai.utilisateur(),
                    MariaDbDEssai.motDePasse(), 1)) {
                OpiSynthetique premiere = chargees.get(0);
                assertEquals(Issue.OK, plafond.appeler(0, premiere.avec(Nature.INCHANGEE, premiere.voeux())));
                for (OpiSynthetique opi : bench.get(0)) {
                    assertEquals(Issue.OK, plafond.appeler(0, opi), opi.codOpiIntEpo());
                }
            }
            // Sent again as it is, a preloaded candidate is unchanged: its rows hold what the connector would store.
            assertEquals(List.of("created", "unchanged"), base.lignes(
                    "SELECT resultat FROM journal WHERE cod_opi_int_epo = 'P250000000' ORDER BY id"));
            assertEquals(1, base.compter("SELECT COUNT(DISTINCT empreinte) FROM journal "
                    + "WHERE cod_opi_int_epo = 'P250000000'"));
            long codesBench = bench.get(0).stream().map(OpiSynthetique::codOpiIntEpo).distinct().count();
            assertEquals(2000 + codesBench, base.compter("SELECT COUNT(*) FROM individu"));

            assertEquals(500, ChargementRapide.charger(base.url(), MariaDbDEssai.utilisateur(),
                    MariaDbDEssai.motDePasse(), 500, 8));
            assertEquals(2500, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo LIKE 'P25%'"));
            assertEquals("P250002499", base.lignes("SELECT MAX(cod_opi_int_epo) FROM individu "
                    + "WHERE cod_opi_int_epo LIKE 'P25%'").get(0));
            assertEquals(2500 + 1 + 50, base.compter("SELECT COUNT(*) FROM journal"));
        }
    }

    /** The bench's streams: {@code appels} OPIs for each connection. */
    private static List<List<OpiSynthetique>> flux(long graine, int connexions, int appels) {
        return IntStream.range(0, connexions).mapToObj(connexion -> {
            GenerateurOpi generateur = new GenerateurOpi(graine, connexion);
            return Stream.generate(generateur::suivante).limit(appels).toList();
        }).toList();
    }

    /** Each connection's stream on a thread of its own, as the bench drives a target. */
    private static List<Issue> envoyer(Cible cible, List<List<OpiSynthetique>> flux) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(flux.size());
        try {
            List<Future<List<Issue>>> resultats = new ArrayList<>();
            for (int connexion = 0; connexion < flux.size(); connexion++) {
                int c = connexion;
                resultats.add(threads.submit(() -> flux.get(c).stream().map(opi -> cible.appeler(c, opi)).toList()));
            }
            List<Issue> issues = new ArrayList<>();
            for (Future<List<Issue>> resultat : resultats) {
                issues.addAll(resultat.get());
            }
            return issues;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Every row of a query: its columns but the variable ones, by name. */
    private static List<Map<String, String>> lignes(MariaDbDEssai base, String requete) throws SQLException {
        try (Connection connexion = DriverManager.getConnection(base.url(), MariaDbDEssai.utilisateur(),
                MariaDbDEssai.motDePasse());
                Statement s = connexion.createStatement();
                ResultSet ligne = s.executeQuery(requete)) {
            ResultSetMetaData colonnes = ligne.getMetaData();
            List<Map<String, String>> lignes = new ArrayList<>();
            while (ligne.next()) {
                Map<String, String> valeurs = new LinkedHashMap<>();
                for (int i = 1; i <= colonnes.getColumnCount(); i++) {
                    if (!VARIABLES.contains(colonnes.getColumnLabel(i))) {
                        valeurs.put(colonnes.getColumnLabel(i), ligne.getString(i));
                    }
                }
                lignes.add(valeurs);
            }
            return lignes;
        }
    }
}
