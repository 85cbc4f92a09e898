package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.generation.ProjectLayout;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level types declared under {@code src/main/java} of a generated project, found
 * by reading the sources (no compiler needed: the verification gate compiles). Enough to
 * check that a slice's types exist and to read the annotations on a field.
 */
public final class JavaSources {

    public static final String DIR = ProjectLayout.MAIN_JAVA;

    private static final Pattern TYPE = Pattern
        .compile("(?m)^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+)*(class|interface|record|enum)\\s+(\\w+)");

    /**
     * A declared type: its kind (class, interface, record, enum), the file and the file's
     * text.
     */
    public record Type(String kind, String name, String file, String text) {

        /**
         * The annotations written before the declaration of field {@code fieldName}, or
         * empty when there is no such field.
         */
        public Optional<String> fieldAnnotations(String fieldName) {
            Matcher m = Pattern
                .compile("(?m)^\\s*(?:private|protected|public)?\\s*(?:final\\s+)?[\\w.<>, ?]+\\s+"
                        + Pattern.quote(fieldName) + "\\s*(?:=[^;]*)?;")
                .matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            int end = m.start();
            int start = Math.max(Math.max(text.lastIndexOf(';', end - 1), text.lastIndexOf('{', end - 1)),
                    text.lastIndexOf('}', end - 1));
            // what lies between the previous member and the field: its annotations
            return Optional.of(text.substring(start + 1, end));
        }

        public int lineOf(String fieldName) {
            int index = text.indexOf(" " + fieldName);
            return index < 0 ? 0 : ProjectFiles.lineOf(text, index);
        }
    }

    private final Map<String, Type> types = new HashMap<>();

    public JavaSources(Path projectDir) {
        for (Path file : ProjectFiles.walk(projectDir, DIR, ".java")) {
            String text = ProjectFiles.readText(file);
            Matcher m = TYPE.matcher(text);
            if (m.find()) {
                types.putIfAbsent(m.group(2),
                        new Type(m.group(1), m.group(2), ProjectFiles.relative(projectDir, file), text));
            }
        }
    }

    public Optional<Type> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public boolean isEmpty() {
        return types.isEmpty();
    }

    public List<Type> all() {
        return List.copyOf(types.values());
    }

}
