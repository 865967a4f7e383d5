package fr.opiconnector.web.admin;

import fr.opiconnector.export.ExportApogee;
import fr.opiconnector.export.ExportPegase;
import fr.opiconnector.export.ExportService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The file exports run from the console (profile technique): the same files as {@code export pegase} and
 * {@code export apogee}, written in a directory of the service's user only, returned as one zip and deleted.
 */
final class ExportsConsole {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ExportService exports;
    private final String origineAdmission;

    ExportsConsole(ExportService exports, String origineAdmission) {
        this.exports = exports;
        this.origineAdmission = origineAdmission;
    }

    /** The zip of an export's files; "pegase" or "apogee". */
    byte[] exporter(String quoi) throws IOException {
        Path dossier = Files.createTempDirectory("opi-export-");
        try {
            if ("pegase".equals(quoi)) {
                ExportPegase.exporter(exports, dossier, origineAdmission);
            } else {
                ExportApogee.exporter(exports, dossier, LocalDate.now(PARIS), null);
            }
            return zip(dossier);
        } finally {
            supprimer(dossier);
        }
    }

    private static byte[] zip(Path dossier) throws IOException {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(octets); Stream<Path> fichiers = Files.list(dossier)) {
            for (Path fichier : fichiers.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(fichier.getFileName().toString()));
                Files.copy(fichier, zip);
                zip.closeEntry();
            }
        }
        return octets.toByteArray();
    }

    private static void supprimer(Path dossier) throws IOException {
        try (Stream<Path> tout = Files.walk(dossier)) {
            for (Path chemin : tout.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(chemin);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
