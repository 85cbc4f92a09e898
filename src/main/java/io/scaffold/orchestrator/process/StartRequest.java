package io.scaffold.orchestrator.process;

import io.scaffold.orchestrator.spec.SpecException;
import java.nio.file.Path;

/**
 * What it takes to start a scaffold run. It is checked when made, before anything is
 * stored: the spec file name is a plain file name (it becomes an artifact path and a zip
 * entry), and every text fits its database column.
 *
 * @param specFileName the input's file name; its extension selects the format
 * @param specContent the input itself
 * @param automationLevel {@code full}, {@code partial} or {@code manual}
 * @param application for a multi-application JDL file, the application to generate (null:
 * the default)
 * @param organization the organisation the run belongs to
 * @param createdBy who started it
 * @param outputDir where the finished project is published (null: inside the run's
 * workspace)
 */
public record StartRequest(String specFileName, String specContent, String automationLevel, String application,
        String organization, String createdBy, Path outputDir) {

    /**
     * Within runs.spec_file (500) and the artifact event key (300) that holds
     * docs/scaffold/input/ and the name.
     */
    static final int MAX_FILE_NAME = 200;

    public StartRequest {
        specFileName(specFileName);
        bounded("application", application, 200);
        bounded("organization", organization, 100); // runs.organization
        bounded("createdBy", createdBy, 200); // runs.created_by
        if (outputDir != null) {
            bounded("outputDir", outputDir.toAbsolutePath().toString(), 1000); // runs.output_dir
        }
    }

    public StartRequest withOutputDir(Path dir) {
        return new StartRequest(specFileName, specContent, automationLevel, application, organization, createdBy, dir);
    }

    private static void specFileName(String name) {
        if (name == null || name.isBlank()) {
            throw new SpecException("(no file name)", 0, 0, "the spec has no file name",
                    "name the spec, e.g. shop.jdl; its extension selects the format");
        }
        String problem = null;
        if (name.length() > MAX_FILE_NAME) {
            problem = "is longer than " + MAX_FILE_NAME + " characters";
        }
        else if (name.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            problem = "contains control or invisible formatting characters";
        }
        else if (name.contains("/") || name.contains("\\")) {
            problem = "contains a path separator";
        }
        else if (name.contains("..")) {
            problem = "contains '..'";
        }
        if (problem != null) {
            throw new SpecException(shown(name), 0, 0, "the spec file name " + problem,
                    "send the file name alone, e.g. shop.jdl: letters, digits, spaces, '-', '_' and one extension");
        }
    }

    private static void bounded(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
    }

    /**
     * The name as it can be shown in a message: control characters as '?', at most 60
     * characters.
     */
    private static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints()
            .limit(60)
            .forEach(c -> shown
                .appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c));
        return name.codePointCount(0, name.length()) > 60 ? shown + "..." : shown.toString();
    }
}
