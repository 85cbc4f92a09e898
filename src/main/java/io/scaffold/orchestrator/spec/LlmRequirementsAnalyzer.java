package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Free-text requirements analysed by a language model. The model answers in the project's
 * own domain spec format (JSON), and its answer goes through exactly the validation a
 * hand-written spec gets: a schema violation is sent back to the model once to correct;
 * an answer that is still invalid is refused with the validation message, never guessed
 * into shape. A provider that fails (a wrong key, an outage) is a clear
 * {@link SpecException}; what the provider said is redacted first, since some echo the
 * API key back.
 */
public final class LlmRequirementsAnalyzer implements RequirementsAnalyzer {

    static final int ATTEMPTS = 2;

    /** Enough of a provider's error body to tell what went wrong. */
    static final int MAX_ERROR_LENGTH = 300;

    private static final Logger log = LoggerFactory.getLogger(LlmRequirementsAnalyzer.class);

    private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s++[A-Za-z0-9._~+/=-]++");

    /** The shape of OpenAI-style keys, whichever key the provider echoes. */
    private static final Pattern KEY_LIKE = Pattern.compile("\\bsk-[A-Za-z0-9_-]{8,}+");

    private final ChatModel chat;

    private final String modelName;

    private final String apiKey;

    private final DomainSpecReader specReader = new DomainSpecReader();

    private final String instructions;

    /**
     * @param apiKey the provider's key, only to redact it from error messages
     */
    public LlmRequirementsAnalyzer(ChatModel chat, String modelName, String apiKey) {
        this.chat = chat;
        this.modelName = modelName;
        this.apiKey = apiKey;
        this.instructions = """
                You are the requirements analyst of a software scaffolding platform. Read the requirements the user
                gives and describe the application's domain as ONE JSON document that validates against the JSON
                Schema below: its entities with typed fields and validations, enums, relationships, the business
                objectives and use cases. Use only what the requirements say or clearly imply; put every gap or
                ambiguity in "openQuestions" instead of guessing, and every default you chose in "assumptions".
                Answer with the JSON document only, no prose.

                JSON Schema:
                """ + schema();
    }

    @Override
    public DomainModel analyze(String text, String fileName) {
        if (text == null || text.isBlank()) {
            throw new SpecException(fileName, 0, 0, "the requirements are empty",
                    "describe the application: its things, their properties and how they relate");
        }
        List<Message> conversation = new ArrayList<>(List.of(new SystemMessage(instructions), new UserMessage(text)));
        SpecException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String answer = ask(conversation, fileName);
            String document = json(answer);
            try {
                DomainModel model = specReader.read(fileName + " (analysis by " + modelName + ")", document, true);
                List<String> assumptions = new ArrayList<>(model.assumptions());
                assumptions.add("The domain was derived from free text by the language model " + modelName
                        + "; review the open questions before relying on it.");
                return new DomainModel(model.name(), model.basePackage(), model.description(), model.entities(),
                        model.enums(), model.relationships(), model.objectives(), model.useCases(), assumptions,
                        model.openQuestions(), model.ignoredFeatures(),
                        new DomainModel.Source(DomainModel.Source.Format.TEXT, fileName));
            }
            catch (SpecException e) {
                last = e;
                conversation.add(new AssistantMessage(answer == null ? "" : answer));
                conversation.add(new UserMessage("That document is not valid: " + e.getMessage()
                        + "\nAnswer again with the corrected JSON document only."));
            }
        }
        throw new SpecException(fileName, 0, 0,
                "the language model " + modelName + " could not turn the requirements " + "into a valid domain after "
                        + ATTEMPTS + " attempts; last problem: " + last.problem(),
                "make the requirements more explicit (name the things, their properties and relationships), "
                        + "or write a domain spec (.yaml) instead");
    }

    private String ask(List<Message> conversation, String fileName) {
        try {
            return chat.call(new Prompt(conversation)).getResult().getOutput().getText();
        }
        catch (RuntimeException e) {
            String reason = redact(e.getMessage(), apiKey);
            log.warn("the language model {} failed: {} ({})", modelName, reason, e.getClass().getSimpleName());
            throw new SpecException(fileName, 0, 0,
                    "the language model " + modelName + " could not analyse the " + "requirements: " + reason,
                    "try again later; if it keeps failing, an administrator should check "
                            + "scaffold.llm.base-url, api-key and model. Or write a domain spec (.yaml) instead of free text");
        }
    }

    /**
     * What a provider said, safe to log and show: without the configured key, bearer
     * tokens or anything shaped like a key, on one line, at most
     * {@value #MAX_ERROR_LENGTH} characters.
     */
    static String redact(String text, String apiKey) {
        if (text == null || text.isBlank()) {
            return "no reason given";
        }
        String redacted = apiKey == null || apiKey.isBlank() ? text : text.replace(apiKey, "[redacted]");
        redacted = BEARER.matcher(redacted).replaceAll("Bearer [redacted]");
        redacted = KEY_LIKE.matcher(redacted).replaceAll("[redacted]");
        redacted = redacted.replaceAll("\\s++", " ").strip();
        return redacted.length() <= MAX_ERROR_LENGTH ? redacted : redacted.substring(0, MAX_ERROR_LENGTH - 3) + "...";
    }

    /**
     * The JSON document of an answer, also when the model wrapped it in a Markdown code
     * fence; found by scanning for the outermost fence, since the answer may be steered
     * by the requirements text.
     */
    private static String json(String answer) {
        if (answer == null) {
            return "";
        }
        int open = answer.indexOf("```");
        int close = answer.lastIndexOf("```");
        if (open >= 0 && close > open + 3) {
            String fenced = answer.substring(open + 3, close);
            fenced = (fenced.startsWith("json") ? fenced.substring(4) : fenced).strip();
            if (fenced.startsWith("{") && fenced.endsWith("}")) {
                return fenced;
            }
        }
        return answer.trim();
    }

    private static String schema() {
        try (InputStream in = LlmRequirementsAnalyzer.class.getResourceAsStream(DomainSpecReader.SCHEMA)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
