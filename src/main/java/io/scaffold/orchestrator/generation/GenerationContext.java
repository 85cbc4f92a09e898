package io.scaffold.orchestrator.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a generator needs besides the domain model.
 *
 * @param platform versions of the target platform (key → version), read from
 * {@value #PLATFORM_RESOURCE}, e.g. {@code spring-boot} → {@code 4.1.1}
 * @param findings findings of the last gate evaluation when the phase is reworked (empty
 * on the first attempt)
 */
public record GenerationContext(Map<String, String> platform, List<String> findings) {

    static final String PLATFORM_RESOURCE = "generation/target-platform.properties";

    public GenerationContext {
        platform = Map.copyOf(platform);
        findings = List.copyOf(findings);
    }

    /** The target platform from the classpath and no findings. */
    public static GenerationContext defaults() {
        return new GenerationContext(loadPlatform(), List.of());
    }

    public GenerationContext withFindings(List<String> newFindings) {
        return new GenerationContext(platform, newFindings);
    }

    public String version(String key) {
        String version = platform.get(key);
        if (version == null) {
            throw new IllegalStateException(
                    "No version for '" + key + "' in " + PLATFORM_RESOURCE + "; add a line '" + key + "=<version>'");
        }
        return version;
    }

    static Map<String, String> loadPlatform() {
        Properties properties = new Properties();
        try (InputStream in = GenerationContext.class.getClassLoader().getResourceAsStream(PLATFORM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + PLATFORM_RESOURCE);
            }
            properties.load(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PLATFORM_RESOURCE, e);
        }
        Map<String, String> versions = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> versions.put(key, properties.getProperty(key).trim()));
        return versions;
    }
}
