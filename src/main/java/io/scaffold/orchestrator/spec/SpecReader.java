package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a spec in any accepted format into its {@link DomainModel}; a run reads its spec
 * once, when it starts ({@code process/ScaffoldRuns}), and stores the model for intake
 * and the agents. The format follows the extension: {@code .jdl}/{@code .jh} (JHipster
 * JDL), {@code .yaml}/{@code .yml}/{@code .json} (the domain spec, see
 * {@code docs/domain-spec.md}), {@code .md}/{@code .txt} (free-text requirements). Every
 * problem is a {@link SpecException} naming file, line and column; a spec beyond the
 * {@link SpecLimits} is refused with a {@link SpecLimitException} before it is parsed
 * (size, line length) or right after (counts).
 */
@Component
@EnableConfigurationProperties(SpecLimits.class)
public class SpecReader {

    static final String ACCEPTED = ".jdl, .jh, .yaml, .yml, .json, .md, .txt";

    private final JdlParser jdl;

    private final DomainSpecReader domainSpec;

    private final RequirementsAnalyzer requirements;

    private final SpecLimits limits;

    /**
     * Reads free text with the deterministic {@link FreeTextAnalyzer}, within the default
     * limits.
     */
    public SpecReader() {
        this(new FreeTextAnalyzer());
    }

    public SpecReader(RequirementsAnalyzer requirements) {
        this(requirements, SpecLimits.DEFAULTS);
    }

    public SpecReader(RequirementsAnalyzer requirements, SpecLimits limits) {
        this.requirements = requirements;
        this.limits = limits;
        this.jdl = new JdlParser(limits);
        this.domainSpec = new DomainSpecReader(limits);
    }

    /**
     * Uses the application's {@link RequirementsAnalyzer} bean when there is one, else
     * {@link FreeTextAnalyzer}.
     */
    @Autowired
    public SpecReader(ObjectProvider<RequirementsAnalyzer> requirements, SpecLimits limits) {
        this(requirements.getIfAvailable(() -> new FreeTextAnalyzer(limits)), limits);
    }

    public DomainModel read(Path file, SpecOptions options) {
        return read(fileName(file), text(file), options);
    }

    /** The file name that names a spec file in messages and selects its format. */
    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * A spec file's text, with what can be checked without reading the spec: an accepted
     * extension, a readable UTF-8 file within the size limit. The
     * {@link #read(String, String, SpecOptions) reading} checks the rest.
     */
    public String text(Path file) {
        String name = fileName(file);
        format(name);
        if (!Files.exists(file)) {
            throw new SpecException(name, 0, 0, "file not found: " + file.toAbsolutePath(),
                    "check the path and file name");
        }
        if (Files.isDirectory(file)) {
            throw new SpecException(name, 0, 0, file.toAbsolutePath() + " is a directory, not a file",
                    "pass one spec file (" + ACCEPTED + ")");
        }
        try {
            limits.checkFileSize(name, Files.size(file)); // before reading it all into
                                                          // memory
            return Files.readString(file);
        }
        catch (CharacterCodingException e) {
            throw new SpecException(name, 0, 0, "the file is not UTF-8 text", "save it as UTF-8", e);
        }
        catch (AccessDeniedException e) {
            throw new SpecException(name, 0, 0, "the file cannot be read: permission denied",
                    "make the file readable for the user running the orchestrator", e);
        }
        catch (NoSuchFileException e) {
            throw new SpecException(name, 0, 0, "file not found: " + file.toAbsolutePath(),
                    "check the path and file name", e);
        }
        catch (IOException e) {
            throw new SpecException(name, 0, 0, "the file cannot be read: " + e.getMessage(),
                    "check that the file exists and is readable", e);
        }
    }

    /**
     * Reads spec content that did not come from disk, e.g. a REST upload; the file name
     * selects the format.
     */
    public DomainModel read(String fileName, String content, SpecOptions options) {
        String format = format(fileName);
        if (content == null || content.isBlank()) {
            throw new SpecException(fileName, 0, 0, "the file is empty", "describe the domain in the file");
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content; // drop
                                                                                     // a
                                                                                     // UTF-8
                                                                                     // byte
                                                                                     // order
                                                                                     // mark
        limits.checkText(fileName, text, format.equals("json"));
        DomainModel model = switch (format) {
            case "jdl" -> jdl.parse(fileName, text, options == null ? SpecOptions.DEFAULTS : options);
            case "yaml" -> domainSpec.read(fileName, text, false);
            case "json" -> domainSpec.read(fileName, text, true);
            default -> requirements.analyze(text, fileName);
        };
        limits.checkModel(fileName, model);
        return model;
    }

    private static String format(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jdl") || lower.endsWith(".jh")) {
            return "jdl";
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return "yaml";
        }
        if (lower.endsWith(".json")) {
            return "json";
        }
        if (lower.endsWith(".md") || lower.endsWith(".txt")) {
            return "text";
        }
        throw new SpecException(fileName == null ? "(no file name)" : fileName, 0, 0, "unsupported spec format",
                "use one of the accepted extensions: " + ACCEPTED);
    }

}
