package io.scaffold.orchestrator.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * One file of a generated project.
 *
 * @param path path relative to the project root, forward slashes, e.g.
 * {@code src/main/resources/openapi.yaml}
 * @param content the full text of the file
 * @param type what kind of artifact it is, one of {@link #TYPES}
 */
public record GeneratedFile(String path, String content, String type) {

    public static final Set<String> TYPES = Set.of("requirements", "architecture", "migration", "diagram",
            "api-contract", "source", "test", "config", "acceptance", "delivery", "documentation");

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("Generated file path must be relative with forward slashes: " + path);
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown generated file type '" + type + "' for " + path
                    + "; use one of " + TYPES.stream().sorted().toList());
        }
    }

    /**
     * Writes the files under {@code root}; the Maven wrapper script is made executable.
     */
    public static void writeAll(Path root, Collection<GeneratedFile> files) throws IOException {
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            if (file.path().equals(ProjectLayout.MAVEN_WRAPPER)) {
                target.toFile().setExecutable(true);
            }
        }
    }
}
