package fr.opiconnector.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opt-in raw capture of the requests received, for diagnosis. The files hold personal data: they are created readable
 * by the service's user only, and removed once older than the retention (checked at start and every hour).
 */
public final class RequestCapture extends AbstractPhaseInterceptor<Message> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RequestCapture.class);
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss.SSS").withZone(ZoneOffset.UTC);

    private final Path dossier;
    private final Duration retention;
    private final Clock horloge;
    private final ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "opi-capture-purge");
        thread.setDaemon(true);
        return thread;
    });

    public RequestCapture(Path dossier, Duration retention, Clock horloge) {
        super(Phase.RECEIVE);
        addAfter(AccessControlInterceptor.class.getName());
        addAfter(ReadLimitInterceptor.class.getName());
        this.dossier = dossier;
        this.retention = retention;
        this.horloge = horloge;
        try {
            Files.createDirectories(dossier);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the capture directory " + dossier, e);
        }
        LOG.warn("RAW CAPTURE ON: every request received is written to {}; these files hold personal data and are "
                + "removed after {} day(s)", dossier.toAbsolutePath(), retention.toDays());
        purger();
        purge.scheduleAtFixedRate(this::purger, 1, 1, TimeUnit.HOURS);
    }

    @Override
    public void handleMessage(Message message) {
        InputStream corps = message.getContent(InputStream.class);
        if (corps == null) {
            return;
        }
        try {
            // Bounded by opi.http.max.request.bytes, counted before this interceptor.
            byte[] octets = corps.readAllBytes();
            Path fichier = dossier.resolve(HORODATAGE.format(horloge.instant()) + "-" + UUID.randomUUID() + ".xml");
            creerPrive(fichier);
            Files.write(fichier, octets);
            message.setContent(InputStream.class, new ByteArrayInputStream(octets));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot capture the request", e);
        }
    }

    private static void creerPrive(Path fichier) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(fichier, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(fichier);
        }
    }

    /** Removes the captures older than the retention. */
    void purger() {
        Instant limite = horloge.instant().minus(retention);
        try (Stream<Path> fichiers = Files.list(dossier)) {
            for (Path fichier : fichiers.filter(f -> f.getFileName().toString().endsWith(".xml")).toList()) {
                FileTime modifie = Files.getLastModifiedTime(fichier);
                if (modifie.toInstant().isBefore(limite)) {
                    Files.deleteIfExists(fichier);
                }
            }
        } catch (IOException e) {
            LOG.error("Cannot purge the capture directory {}", dossier, e);
        }
    }

    @Override
    public void close() {
        purge.shutdownNow();
    }
}
