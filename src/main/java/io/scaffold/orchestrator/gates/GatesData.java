package io.scaffold.orchestrator.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gate policy data shipped under {@code src/main/resources/gates/}: lists and properties,
 * not code. The files hold the defaults; the Spring environment overrides them under
 * {@code scaffold.gates.<file name without extension>}: a key of a properties file with
 * '-' for '.' ({@code scaffold.gates.verification.coverage-target} for
 * {@code coverage.target} in {@code verification.properties}), a list file as a whole
 * ({@code scaffold.gates.banned-artifacts}, comma-separated or indexed).
 */
@Component
public final class GatesData {

    /** The files alone, for validators made outside Spring (tests). */
    public static final GatesData FILES = new GatesData(new Binder());

    private static final String PREFIX = "scaffold.gates.";

    private final Binder overrides;

    @Autowired
    public GatesData(Environment environment) {
        this(Binder.get(environment));
    }

    private GatesData(Binder overrides) {
        this.overrides = overrides;
    }

    /** Non-blank lines that are not {@code #} comments, or the override's entries. */
    public List<String> lines(String name) {
        return overrides.bind(PREFIX + baseName(name), Bindable.listOf(String.class))
            .orElseGet(() -> text(name).lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList());
    }

    /** The file's properties, each replaced by its override if there is one. */
    public Properties properties(String name) {
        Properties properties = new Properties();
        try (var in = new ClassPathResource("gates/" + name).getInputStream()) {
            properties.load(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read gate data gates/" + name, e);
        }
        for (String key : properties.stringPropertyNames()) {
            overrides.bind(PREFIX + baseName(name) + "." + key.replace('.', '-'), String.class)
                .ifBound(value -> properties.setProperty(key, value));
        }
        return properties;
    }

    private static String baseName(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String text(String name) {
        try {
            return new ClassPathResource("gates/" + name).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read gate data gates/" + name, e);
        }
    }

}
