package io.scaffold.orchestrator.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Where runs work on disk: {@code <workspace>/runs/<runId>/project} holds the project as
 * the agents build it, so validators and builds see real files. The published result goes
 * elsewhere (see the handover agent). Each run folder names the process that works on it
 * ({@code .owner}: host, PID, start time), so that a process starting on a shared
 * workspace can tell another live process's runs from leftovers (see
 * {@link WorkspaceRetention}).
 */
@Component
@EnableConfigurationProperties(WorkspaceProperties.class)
public class Workspace {

    private static final String OWNER_FILE = ".owner";

    private static final String HOST = hostName();

    /** This process: host name, PID and start time (a PID alone is reused). */
    private static final String THIS_PROCESS = HOST + " " + ProcessHandle.current().pid() + " "
            + ProcessHandle.current().info().startInstant().map(Instant::toString).orElse("-");

    private final Path root;

    public Workspace(WorkspaceProperties properties) {
        this.root = properties.workspace().toAbsolutePath().normalize();
    }

    public Path runDir(UUID runId) {
        return root.resolve("runs").resolve(runId.toString());
    }

    public Path projectDir(UUID runId) {
        return runDir(runId).resolve("project");
    }

    /**
     * Resolves a project-relative path, refusing anything that would escape the project
     * directory.
     */
    public Path resolve(UUID runId, String relativePath) {
        Path project = projectDir(runId);
        Path file = project.resolve(relativePath).normalize();
        if (!file.startsWith(project) || relativePath.isBlank()) {
            throw new IllegalArgumentException("artifact path escapes the project: " + relativePath);
        }
        return file;
    }

    /** Removes everything a run left on disk. */
    public void delete(UUID runId) {
        deleteTree(runDir(runId));
    }

    /**
     * Removes the run's working copy of the project; the rest of its folder (the
     * handover's archive) stays.
     */
    void deleteProject(UUID runId) {
        deleteTree(projectDir(runId));
    }

    /** The runs that have a folder here (other names are not ours and are left alone). */
    List<UUID> runIds() {
        Path runs = root.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.map(d -> d.getFileName().toString())
                .filter(name -> name.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .map(UUID::fromString)
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runs, e);
        }
    }

    /**
     * Whether a process that is still running on this host works on the run's folder. A
     * folder of another host counts as in use (its process cannot be checked from here);
     * one without an owner (from before owners were recorded) as not.
     */
    boolean inUseByALiveProcess(UUID runId) {
        Path owner = runDir(runId).resolve(OWNER_FILE);
        try {
            if (!Files.isRegularFile(owner)) {
                return false;
            }
            String[] parts = Files.readString(owner).trim().split(" ");
            if (parts.length != 3 || !parts[0].equals(HOST)) {
                return true;
            }
            return ProcessHandle.of(Long.parseLong(parts[1]))
                .filter(p -> p.info().startInstant().map(Instant::toString).orElse("-").equals(parts[2]))
                .isPresent();
        }
        catch (IOException | NumberFormatException e) {
            return true; // unreadable: better kept than deleted under a live run
        }
    }

    private void claim(UUID runId) throws IOException {
        Path owner = runDir(runId).resolve(OWNER_FILE);
        if (!Files.exists(owner)) {
            Files.createDirectories(owner.getParent());
            Files.writeString(owner, THIS_PROCESS + "\n");
        }
    }

    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        }
        catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            }
            catch (UnknownHostException unknown) {
                return "localhost";
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    void write(UUID runId, String relativePath, byte[] content) {
        Path file = resolve(runId, relativePath);
        try {
            claim(runId);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
            Files.write(tmp, content);
            if (relativePath.equals("mvnw") || relativePath.endsWith(".sh")) {
                tmp.toFile().setExecutable(true, false);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

}
