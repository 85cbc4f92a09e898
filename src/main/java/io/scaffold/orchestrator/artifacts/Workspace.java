package io.scaffold.orchestrator.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where runs work on disk: {@code <workspace>/runs/<runId>/project} holds the project as the agents build it,
 * so validators and builds see real files. The published result goes elsewhere (see the handover agent).
 */
@Component
public class Workspace {

    private final Path root;

    public Workspace(@Value("${scaffold.workspace}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path runDir(UUID runId) {
        return root.resolve("runs").resolve(runId.toString());
    }

    public Path projectDir(UUID runId) {
        return runDir(runId).resolve("project");
    }

    /** Resolves a project-relative path, refusing anything that would escape the project directory. */
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

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    void write(UUID runId, String relativePath, byte[] content) {
        Path file = resolve(runId, relativePath);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
            Files.write(tmp, content);
            if (relativePath.equals("mvnw") || relativePath.endsWith(".sh")) {
                tmp.toFile().setExecutable(true, false);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
