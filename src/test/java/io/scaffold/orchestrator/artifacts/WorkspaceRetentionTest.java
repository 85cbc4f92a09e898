package io.scaffold.orchestrator.artifacts;

import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, "Why" 7: workspace folders outlived the process and their runs. Real folders
 * written through the workspace; the runs the database would know are given as records.
 */
class WorkspaceRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path root;

    final Map<UUID, Run> known = new HashMap<>();

    @Test
    void removesAWorkingCopyWhenItsRunEndsAndKeepsTheArchive() {
        Workspace workspace = new Workspace(new WorkspaceProperties(root, Duration.ZERO));
        UUID completed = run(workspace, RunStatus.COMPLETED, NOW);
        UUID running = run(workspace, RunStatus.RUNNING, null);
        Path archive = write(workspace.runDir(completed).resolve("app.zip"));

        new WorkspaceRetention(workspace, this::find, Duration.ZERO).removeExpiredWorkingCopies(NOW);

        assertThat(workspace.projectDir(completed)).doesNotExist();
        assertThat(archive).exists();
        assertThat(workspace.projectDir(running).resolve("pom.xml")).exists();
    }

    @Test
    void keepsTheWorkingCopyOfAnInterruptedRunForItsResumption() {
        Workspace workspace = new Workspace(new WorkspaceProperties(root, Duration.ZERO));
        UUID interrupted = run(workspace, RunStatus.INTERRUPTED, null);

        new WorkspaceRetention(workspace, this::find, Duration.ZERO).removeLeftovers(NOW);

        assertThat(workspace.projectDir(interrupted).resolve("pom.xml")).exists();
    }

    @Test
    void keepsAWorkingCopyForTheRetention() {
        Workspace workspace = new Workspace(new WorkspaceProperties(root, Duration.ZERO));
        UUID failed = run(workspace, RunStatus.FAILED, NOW.minus(Duration.ofHours(1)));
        UUID cancelled = run(workspace, RunStatus.CANCELLED, NOW.minus(Duration.ofHours(3)));

        new WorkspaceRetention(workspace, this::find, Duration.ofHours(2)).removeExpiredWorkingCopies(NOW);

        assertThat(workspace.projectDir(failed).resolve("pom.xml")).exists();
        assertThat(workspace.projectDir(cancelled)).doesNotExist();
    }

    @Test
    void removesFoldersOfUnknownRunsAtStartUpButNotThoseOfALiveProcess() throws IOException {
        Workspace workspace = new Workspace(new WorkspaceProperties(root, Duration.ZERO));
        UUID ownLive = UUID.randomUUID(); // written by this (live) process, e.g. another
                                          // server context
        workspace.write(ownLive, "pom.xml", "<project/>".getBytes());
        UUID leftover = UUID.randomUUID(); // from a process that has ended
        workspace.write(leftover, "pom.xml", "<project/>".getBytes());
        Path owner = workspace.runDir(leftover).resolve(".owner");
        String[] parts = Files.readString(owner).trim().split(" ");
        Files.writeString(owner, parts[0] + " " + endedProcessPid() + " " + parts[2] + "\n");
        UUID legacy = UUID.randomUUID(); // from before owners were recorded
        write(workspace.projectDir(legacy).resolve("pom.xml"));
        Path notARun = Files.createDirectories(root.resolve("runs/notes"));

        new WorkspaceRetention(workspace, this::find, Duration.ZERO).removeLeftovers(NOW);

        assertThat(workspace.runDir(ownLive)).exists();
        assertThat(workspace.runDir(leftover)).doesNotExist();
        assertThat(workspace.runDir(legacy)).doesNotExist();
        assertThat(notARun).exists();
    }

    private UUID run(Workspace workspace, RunStatus status, Instant completedAt) {
        UUID id = UUID.randomUUID();
        workspace.write(id, "pom.xml", "<project/>".getBytes());
        known.put(id, new Run(id, "org", "user", "app", "spec.jdl", "JDL", "full", status, 1L, null, null,
                NOW.minus(Duration.ofDays(1)), completedAt));
        return id;
    }

    private Optional<Run> find(UUID id) {
        return Optional.ofNullable(known.get(id));
    }

    private static Path write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, "x");
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The PID of a process that has just ended. */
    private static long endedProcessPid() throws IOException {
        Process process = new ProcessBuilder("true").start();
        try {
            process.waitFor();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.pid();
    }

}
