package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw request capture: off by default; when on, private files removed after the retention. */
class CaptureIT {

    @Test
    void capture_is_off_by_default() {
        assertEquals(Optional.empty(), ConnectorConfig.charger(Optional.empty(), Map.of()).captureDossier());
    }

    @Test
    void when_on_each_request_is_kept_privately_and_old_captures_are_removed(@TempDir Path dossier) throws Exception {
        Path ancienne = dossier.resolve("20250101-000000.000-ancienne.xml");
        Files.writeString(ancienne, "<ancienne/>");
        Files.setLastModifiedTime(ancienne, FileTime.from(Instant.now().minus(Duration.ofDays(4))));
        Path recente = dossier.resolve("20261101-000000.000-recente.xml");
        Files.writeString(recente, "<recente/>");

        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(),
                        Map.of("OPI_CAPTURE_DIR", dossier.toString(), "OPI_CAPTURE_JOURS", "3"))) {
            assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide(), "the capture changes nothing to the call");
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
        }

        List<Path> captures;
        try (Stream<Path> fichiers = Files.list(dossier)) {
            captures = fichiers.filter(f -> !f.equals(recente)).toList();
        }
        assertFalse(Files.exists(ancienne), "older than the retention: removed");
        assertTrue(Files.exists(recente));
        assertEquals(1, captures.size(), captures.toString());
        assertTrue(Files.readString(captures.get(0), StandardCharsets.UTF_8).contains("<codOpiIntEpo>P260000042</codOpiIntEpo>"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(captures.get(0))));
    }
}
