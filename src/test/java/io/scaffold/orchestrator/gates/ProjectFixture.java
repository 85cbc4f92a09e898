package io.scaffold.orchestrator.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of the good fixture project, to damage one file at a time. */
public final class ProjectFixture {

    private ProjectFixture() {
    }

    public static Path copyOfGoodProject(Path target) {
        try (Stream<Path> files = Files.walk(TestModels.GOOD_PROJECT)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(TestModels.GOOD_PROJECT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                }
                else {
                    Files.copy(source, copy);
                }
            }
            return target;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the first occurrence of {@code old} in a file of the project; fails when
     * it is not there.
     */
    public static void replace(Path projectDir, String file, String old, String replacement) {
        try {
            Path path = projectDir.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(old)) {
                throw new IllegalArgumentException(file + " does not contain " + old);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(old),
                    java.util.regex.Matcher.quoteReplacement(replacement)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path projectDir, String file, String content) {
        try {
            Path path = projectDir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
