package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.decision.Decision;
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
 * @param decisions the run's current decisions, for {@code docs/decisions.md}
 * @param decisionChanges the decisions changed since they were derived at intake: what a
 * reworked artifact reflects
 * @param stories the user stories the product owner wrote (empty without a model)
 * @param adrRationales what the architect wrote about each ADR's fit to the domain, by
 * ADR id as in {@link ArchitectureGenerator#ADRS} (empty without a model)
 */
public record GenerationContext(Map<String, String> platform, List<String> findings, List<Decision> decisions,
        List<Decision> decisionChanges, List<UserStory> stories, Map<String, AdrRationale> adrRationales) {

    static final String PLATFORM_RESOURCE = "generation/target-platform.properties";

    public GenerationContext {
        platform = Map.copyOf(platform);
        findings = List.copyOf(findings);
        decisions = List.copyOf(decisions);
        decisionChanges = List.copyOf(decisionChanges);
        stories = List.copyOf(stories);
        adrRationales = Map.copyOf(adrRationales);
    }

    /** The target platform from the classpath, no findings and no decisions. */
    public static GenerationContext defaults() {
        return new GenerationContext(loadPlatform(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    public GenerationContext withFindings(List<String> newFindings) {
        return new GenerationContext(platform, newFindings, decisions, decisionChanges, stories, adrRationales);
    }

    public GenerationContext withDecisions(List<Decision> current, List<Decision> changed) {
        return new GenerationContext(platform, findings, current, changed, stories, adrRationales);
    }

    public GenerationContext withStories(List<UserStory> newStories) {
        return new GenerationContext(platform, findings, decisions, decisionChanges, newStories, adrRationales);
    }

    public GenerationContext withAdrRationales(Map<String, AdrRationale> rationales) {
        return new GenerationContext(platform, findings, decisions, decisionChanges, stories, rationales);
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
