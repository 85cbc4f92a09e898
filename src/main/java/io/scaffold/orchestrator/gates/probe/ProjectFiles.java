package io.scaffold.orchestrator.gates.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reading the generated project's files, and the {@code file:line: message} form every
 * finding takes.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /**
     * The text of a file relative to the project root, or empty when it does not exist.
     */
    public static Optional<String> read(Path projectDir, String relative) {
        Path file = projectDir.resolve(relative);
        return Files.isRegularFile(file) ? Optional.of(readText(file)) : Optional.empty();
    }

    public static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (MalformedInputException e) {
            return new String(readBytes(file), StandardCharsets.ISO_8859_1);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Regular files directly in a directory of the project whose name ends with
     * {@code suffix}, sorted; empty when the directory is missing.
     */
    public static List<Path> list(Path projectDir, String relativeDir, String suffix) {
        Path dir = projectDir.resolve(relativeDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                .filter(f -> f.getFileName().toString().endsWith(suffix))
                .sorted()
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Regular files anywhere below a directory of the project whose name ends with
     * {@code suffix}, sorted.
     */
    public static List<Path> walk(Path projectDir, String relativeDir, String suffix) {
        Path dir = projectDir.resolve(relativeDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                .filter(f -> f.getFileName().toString().endsWith(suffix))
                .sorted()
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + dir, e);
        }
    }

    /**
     * A path relative to the project root with forward slashes, as findings name files.
     */
    public static String relative(Path projectDir, Path file) {
        return projectDir.relativize(file).toString().replace('\\', '/');
    }

    /** 1-based line number of a character offset. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Something wrong a probe found before any criterion judged it.
     *
     * @param location {@code file:line} or {@code file}
     * @param message what is wrong
     */
    public record Problem(String location, String message) {
    }

    /** Non-blank lines, a rough measure of whether a document has real content. */
    public static long contentLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).count();
    }

}
