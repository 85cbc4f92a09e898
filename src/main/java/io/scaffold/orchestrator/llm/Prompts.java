package io.scaffold.orchestrator.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agents' prompt templates, one file each: {@code prompts/<id>.md} on the classpath,
 * whose first line is {@code version: N} (raise it whenever the instructions change
 * meaning) and the rest the instructions.
 */
public final class Prompts {

    private static final Pattern VERSION = Pattern.compile("\\Aversion: (\\d+)\\R");

    private Prompts() {
    }

    /**
     * @throws IllegalStateException when the file is missing or does not start with its
     * version
     */
    public static PromptTemplate load(String id) {
        String resource = "prompts/" + id + ".md";
        try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no prompt template " + resource + " on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher version = VERSION.matcher(text);
            if (!version.find()) {
                throw new IllegalStateException(resource + " must start with a line 'version: N'");
            }
            return new PromptTemplate(id, Integer.parseInt(version.group(1)), text.substring(version.end()).strip());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

}
