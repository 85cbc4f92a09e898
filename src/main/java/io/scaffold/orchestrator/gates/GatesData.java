package io.scaffold.orchestrator.gates;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Gate policy data shipped under {@code src/main/resources/gates/}: lists and properties, not code. */
public final class GatesData {

    private GatesData() {
    }

    /** Non-blank lines that are not {@code #} comments. */
    public static List<String> lines(String name) {
        return text(name).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static Properties properties(String name) {
        Properties properties = new Properties();
        try (var in = new ClassPathResource("gates/" + name).getInputStream()) {
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gate data gates/" + name, e);
        }
    }

    private static String text(String name) {
        try {
            return new ClassPathResource("gates/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gate data gates/" + name, e);
        }
    }
}
