package fr.opiconnector.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests agree with the service: two replicas, probes on the paths it serves, a grace period longer
 * than its stop, a disruption budget, the daily remontées run once, and only environment variables it reads.
 */
class ManifestesKubernetesTest {

    private static final Path MANIFESTE = Path.of("ops/kubernetes/opi-connector.yaml");

    @Test
    void the_manifests_match_what_the_service_serves_and_reads() throws Exception {
        String yaml = Files.readString(MANIFESTE);
        Properties defauts = new Properties();
        try (Reader lecteur = Files.newBufferedReader(Path.of("config/opi-connector.properties"), StandardCharsets.UTF_8)) {
            defauts.load(lecteur);
        }
        Set<String> variables = defauts.stringPropertyNames().stream().map(ConnectorConfig::variable)
                .collect(Collectors.toSet());

        assertTrue(yaml.contains("replicas: 2"), "two replicas");
        assertTrue(yaml.contains("readinessProbe:\n            httpGet: {path: /health, port: admin}"), "readiness on /health");
        assertTrue(yaml.contains("livenessProbe:\n            httpGet: {path: /health/live, port: admin}"),
                "liveness on /health/live");
        assertTrue(yaml.contains("{name: admin, containerPort: 8081}") && yaml.contains("{name: OPI_ADMIN_PORT, value: \"8081\"}"),
                "the probes' port is the admin listener");
        int grace = entier(yaml, "terminationGracePeriodSeconds: (\\d+)");
        int arret = entier(yaml, "OPI_HTTP_SHUTDOWN_TIMEOUT_SECONDS, value: \"(\\d+)\"");
        assertTrue(grace > arret, "the grace period (" + grace + " s) outlasts the stop (" + arret + " s)");
        assertTrue(yaml.contains("kind: PodDisruptionBudget") && yaml.contains("minAvailable: 1"));
        assertTrue(yaml.contains("{name: OPI_REMONTEES_PLANIFIEES, value: \"false\"}")
                && yaml.contains("kind: CronJob") && yaml.contains("args: [\"remontees\", \"envoyer\"]"),
                "the remontées run once, from the CronJob");
        Matcher nom = Pattern.compile("\\{name: (OPI_[A-Z0-9_]+)").matcher(yaml);
        int lus = 0;
        while (nom.find()) {
            lus++;
            assertTrue(variables.contains(nom.group(1)), nom.group(1) + " is not a variable the service reads");
        }
        assertTrue(lus >= 10, "environment read: " + lus);
    }

    private static int entier(String texte, String motif) {
        Matcher m = Pattern.compile(motif).matcher(texte);
        assertTrue(m.find(), motif);
        return Integer.parseInt(m.group(1));
    }
}
