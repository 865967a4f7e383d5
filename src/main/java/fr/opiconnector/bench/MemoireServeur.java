package fr.opiconnector.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The memory of the server the bench drives, when it runs on this machine: the resident set of the process listening
 * on the target's port (Linux /proc), and the JVM heap in use from the connector's /metrics.
 */
public final class MemoireServeur {

    private final Optional<Long> pid;
    private final URI metriques;

    private MemoireServeur(Optional<Long> pid, URI metriques) {
        this.pid = pid;
        this.metriques = metriques;
    }

    /** For a server at host:port; /metrics looked for at the given URL (may answer 404). */
    public static MemoireServeur de(String hote, int port, URI metriques) {
        return new MemoireServeur(local(hote) ? pidA(port) : Optional.empty(), metriques);
    }

    /** For a server the bench cannot see (an in-process database): nothing measured. */
    public static MemoireServeur aucune() {
        return new MemoireServeur(Optional.empty(), null);
    }

    /**
     * The CPU time the process has used so far (user and system, /proc/PID/stat, in clock ticks of 10 ms: Linux's
     * USER_HZ of 100), in milliseconds, when the process is found.
     */
    public OptionalLong cpuMs() {
        if (pid.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid.get().toString(), "stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
            String[] champs = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of((Long.parseLong(champs[11]) + Long.parseLong(champs[12])) * 10);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Resident memory in MiB, when the process is found. */
    public OptionalLong residenteMo() {
        if (pid.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            for (String ligne : Files.readAllLines(Path.of("/proc", pid.get().toString(), "status"))) {
                if (ligne.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(ligne.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Heap in use in MiB from jvm_memory_used_bytes{area="heap"}, when /metrics answers. */
    public OptionalLong tasMo() {
        if (metriques == null) {
            return OptionalLong.empty();
        }
        try {
            HttpResponse<String> reponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metriques)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (reponse.statusCode() != 200) {
                return OptionalLong.empty();
            }
            double octets = reponse.body().lines()
                    .filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            return OptionalLong.of((long) (octets / (1024 * 1024)));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    private static boolean local(String hote) {
        try {
            InetAddress adresse = InetAddress.getByName(hote);
            return adresse.isLoopbackAddress() || adresse.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The process holding the listening socket of that port: its inode in /proc/net/tcp*, then the fd pointing at it. */
    private static Optional<Long> pidA(int port) {
        String portHex = String.format(Locale.ROOT, ":%04X", port);
        String inode = null;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String ligne : Files.readAllLines(Path.of(table))) {
                    String[] champs = ligne.strip().split("\\s+");
                    if (champs.length > 9 && champs[1].endsWith(portHex) && champs[3].equals("0A")) {
                        inode = champs[9];
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (inode == null) {
            return Optional.empty();
        }
        String cible = "socket:[" + inode + "]";
        try (DirectoryStream<Path> processus = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : processus) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(p.resolve("fd"))) {
                    for (Path fd : fds) {
                        if (cible.equals(Files.readSymbolicLink(fd).toString())) {
                            return Optional.of(Long.parseLong(p.getFileName().toString()));
                        }
                    }
                } catch (IOException | SecurityException e) {
                    // Another user's process, or one that just ended: not ours to read.
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
