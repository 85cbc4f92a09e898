package io.scaffold.orchestrator.runtime.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's data directory ({@code scaffold.data-dir},
 * {@code SCAFFOLD_DATA_DIR}; by default {@code ~/.scaffold}): {@code postgres/} holds the
 * embedded PostgreSQL's data, {@code workspace/} the runs' working folders
 * (artifacts/Workspace). One server at a time: {@code server.lock} is locked for as long
 * as this server runs and names it, so a second server on the same directory stops at
 * start with a message naming the directory and the process that holds it.
 */
final class DataDirectory implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path root;

    private final FileChannel channel;

    private final FileLock lock;

    private DataDirectory(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the directory for this process, creating it when absent.
     * @throws IllegalStateException when another process holds it
     */
    static DataDirectory lock(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        Path lockFile = root.resolve("server.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(lockFile).trim();
                channel.close();
                throw new IllegalStateException("the data directory " + root + " is in use by another Scaffold server ("
                        + (holder.isEmpty() ? "a process that has not written its name yet" : holder)
                        + "): stop that server, or start this one on another directory with SCAFFOLD_DATA_DIR");
            }
            ProcessHandle self = ProcessHandle.current();
            String owner = "PID " + self.pid() + ", started "
                    + self.info().startInstant().map(Instant::toString).orElse("at an unknown time");
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(owner + "\n"), 0);
            channel.force(true);
            return new DataDirectory(root, channel, lock);
        }
        catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot take the data directory " + root + ": " + e.getMessage()
                    + " (check that it is writable, or set SCAFFOLD_DATA_DIR to another directory)", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            return null; // this JVM holds it already
        }
    }

    Path root() {
        return root;
    }

    /** PostgreSQL's data directory. */
    Path postgres() {
        return root.resolve("postgres");
    }

    /**
     * A server killed without closing (kill -9, power loss) leaves its PostgreSQL running
     * on the data directory, and a new one cannot start on it. Holding the lock, this
     * server knows no other server uses the directory: a postmaster still running there
     * is such an orphan and is stopped (SIGTERM: PostgreSQL shuts down cleanly; no client
     * is left).
     */
    void stopOrphanedPostgres() {
        Path pidFile = postgres().resolve("postmaster.pid");
        Optional<ProcessHandle> orphan = postmaster(pidFile);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("stopping PostgreSQL (PID {}) left running on {} by a server that did not shut down", process.pid(),
                postgres());
        process.destroy();
        try {
            process.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (PID " + process.pid() + ") left running on " + postgres()
                    + " did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s: stop it by hand", e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("cannot wait for PostgreSQL (PID " + process.pid() + ") to stop", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL (PID " + process.pid() + ")", e);
        }
    }

    /**
     * The live process the pid file names, if it is a postgres server on this data
     * directory (a PID can have been reused by something else since).
     */
    private Optional<ProcessHandle> postmaster(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            String dataDir = postgres().toString();
            return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                    .commandLine()
                    .map(line -> line.contains("postgres") && line.contains(dataDir))
                    .orElse(false));
        }
        catch (IOException | RuntimeException e) {
            log.warn("cannot read {}: {}", pidFile, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        }
        catch (IOException e) {
            log.warn("cannot release the lock of {}: {}", root, e.getMessage());
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        }
        catch (IOException e) {
            log.debug("closing a lock file", e);
        }
    }

}
