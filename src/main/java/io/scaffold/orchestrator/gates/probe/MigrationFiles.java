package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.generation.ProjectLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's Flyway migration scripts as text, to point findings about the applied
 * schema back at the line that created a table or column.
 */
public final class MigrationFiles {

    public static final String DIR = ProjectLayout.MIGRATIONS;

    private static final Pattern TABLE_CONTEXT = Pattern.compile(
            "(?i)\\b(?:create|alter)\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:only\\s+)?(?:public\\.)?\"?(\\w+)\"?");

    private static final Pattern IDENTIFIER = Pattern.compile("\"([^\"]+)\"|\\b([A-Za-z_][A-Za-z0-9_$]*)\\b");

    private record Script(String path, List<String> lines) {
    }

    private final List<Script> scripts = new ArrayList<>();

    public MigrationFiles(Path projectDir) {
        for (Path file : ProjectFiles.list(projectDir, DIR, ".sql")) {
            if (file.getFileName().toString().startsWith("V")) {
                scripts.add(new Script(ProjectFiles.relative(projectDir, file),
                        ProjectFiles.readText(file).lines().toList()));
            }
        }
    }

    public boolean isEmpty() {
        return scripts.isEmpty();
    }

    public int count() {
        return scripts.size();
    }

    /**
     * {@code file:line} of the statement that creates or alters {@code table} and names
     * {@code column} (null: the table itself).
     */
    public String locate(String table, String column) {
        for (Script script : scripts) {
            String current = null;
            for (int i = 0; i < script.lines().size(); i++) {
                String line = script.lines().get(i);
                Matcher m = TABLE_CONTEXT.matcher(line);
                if (m.find()) {
                    current = m.group(1);
                    if (column == null && current.equalsIgnoreCase(table)) {
                        return script.path() + ":" + (i + 1);
                    }
                }
                if (column != null && table.equalsIgnoreCase(current) && containsWord(line, column)) {
                    return script.path() + ":" + (i + 1);
                }
            }
        }
        return scripts.isEmpty() ? DIR : scripts.getFirst().path();
    }

    /**
     * {@code file:line} of the first line that names {@code identifier} (an index or
     * constraint), or else of the statement that creates its table: PostgreSQL names
     * unnamed constraints itself.
     */
    public String locateNamed(String identifier, String table) {
        for (Script script : scripts) {
            for (int i = 0; i < script.lines().size(); i++) {
                if (containsWord(script.lines().get(i), identifier)) {
                    return script.path() + ":" + (i + 1);
                }
            }
        }
        return locate(table, null);
    }

    /**
     * Identifiers longer than PostgreSQL keeps (it silently truncates them to 63 bytes),
     * located in the scripts.
     */
    public List<ProjectFiles.Problem> overlongIdentifiers(int maxLength) {
        List<ProjectFiles.Problem> findings = new ArrayList<>();
        for (Script script : scripts) {
            for (int i = 0; i < script.lines().size(); i++) {
                String line = stripComment(script.lines().get(i));
                Matcher m = IDENTIFIER.matcher(line);
                while (m.find()) {
                    String id = m.group(1) != null ? m.group(1) : m.group(2);
                    if (id.length() > maxLength) {
                        findings.add(new ProjectFiles.Problem(script.path() + ":" + (i + 1), "identifier " + id
                                + " has " + id.length() + " characters; PostgreSQL truncates names to " + maxLength));
                    }
                }
            }
        }
        return findings;
    }

    private static String stripComment(String line) {
        int dash = line.indexOf("--");
        String code = dash >= 0 ? line.substring(0, dash) : line;
        // String literals (e.g. CHECK values) are not identifiers.
        return code.replaceAll("'[^']*'", "''");
    }

    private static boolean containsWord(String line, String word) {
        return Pattern.compile("(?i)(?<![A-Za-z0-9_])\"?" + Pattern.quote(word) + "\"?(?![A-Za-z0-9_])")
            .matcher(stripComment(line))
            .find();
    }

}
