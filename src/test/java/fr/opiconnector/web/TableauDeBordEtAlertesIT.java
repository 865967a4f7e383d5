package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ops files: the Prometheus alert rules pass `promtool check rules` and their unit tests (`promtool test rules`),
 * and the Grafana dashboard and the rules use only metric names the service exposes at /metrics.
 */
class TableauDeBordEtAlertesIT extends AvecConnecteur {

    private static final Path REGLES = Path.of("ops/prometheus/opi-connector-alerts.yml");
    private static final Path TESTS_REGLES = Path.of("ops/prometheus/opi-connector-alerts.test.yml");
    private static final Path TABLEAU = Path.of("ops/grafana/opi-connector.json");
    private static final Pattern METRIQUE = Pattern.compile("\\b((?:opi|hikaricp|jvm|process)_[a-z0-9_]+)");
    private static final String PROMTOOL = System.getProperty("opi.test.promtool", "/usr/bin/promtool");

    @Test
    void the_alert_rules_pass_promtool_check_and_their_unit_tests() throws Exception {
        Sortie verification = promtool("check", "rules", REGLES.toString());
        Sortie tests = promtool("test", "rules", TESTS_REGLES.toString());

        assertEquals(0, verification.statut(), verification.texte());
        assertTrue(verification.texte().contains("SUCCESS: 8 rules found"), verification.texte());
        assertEquals(0, tests.statut(), tests.texte());
        assertTrue(tests.texte().contains("SUCCESS"), tests.texte());
    }

    @Test
    void the_dashboard_and_the_rules_use_only_metrics_the_service_exposes() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        String scrape = connecteur.metriques().corps();
        Set<String> utilisees = new TreeSet<>();
        utilisees.addAll(metriques(Files.readString(TABLEAU)));
        utilisees.addAll(metriques(Files.readString(REGLES)));

        assertTrue(utilisees.size() >= 12, utilisees.toString());
        for (String metrique : utilisees) {
            assertTrue(scrape.contains("\n" + metrique + "{") || scrape.contains("\n" + metrique + " "),
                    metrique + " is used by the ops files but not served at /metrics");
        }
    }

    private static Set<String> metriques(String texte) {
        Set<String> noms = new TreeSet<>();
        Matcher m = METRIQUE.matcher(texte);
        while (m.find()) {
            noms.add(m.group(1));
        }
        return noms;
    }

    private record Sortie(int statut, String texte) {
    }

    private static Sortie promtool(String... arguments) throws IOException, InterruptedException {
        List<String> commande = new ArrayList<>(List.of(PROMTOOL));
        commande.addAll(List.of(arguments));
        Process processus = new ProcessBuilder(commande).redirectErrorStream(true).start();
        String texte = new String(processus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Sortie(processus.waitFor(), texte);
    }
}
