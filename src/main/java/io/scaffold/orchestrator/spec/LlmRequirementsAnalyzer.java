package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * Free-text requirements analysed by a language model. The model answers in the project's own domain spec
 * format (JSON), and its answer goes through exactly the validation a hand-written spec gets: a schema
 * violation is sent back to the model once to correct; an answer that is still invalid is refused with the
 * validation message, never guessed into shape.
 */
public final class LlmRequirementsAnalyzer implements RequirementsAnalyzer {

    static final int ATTEMPTS = 2;
    private static final Pattern JSON_FENCE = Pattern.compile("```(?:json)?\\s*(\\{.*})\\s*```", Pattern.DOTALL);

    private final ChatModel chat;
    private final String modelName;
    private final DomainSpecReader specReader = new DomainSpecReader();
    private final String instructions;

    public LlmRequirementsAnalyzer(ChatModel chat, String modelName) {
        this.chat = chat;
        this.modelName = modelName;
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
            String answer = chat.call(new Prompt(conversation)).getResult().getOutput().getText();
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
            } catch (SpecException e) {
                last = e;
                conversation.add(new AssistantMessage(answer == null ? "" : answer));
                conversation.add(new UserMessage("That document is not valid: " + e.getMessage()
                        + "\nAnswer again with the corrected JSON document only."));
            }
        }
        throw new SpecException(fileName, 0, 0, "the language model " + modelName + " could not turn the requirements "
                + "into a valid domain after " + ATTEMPTS + " attempts; last problem: " + last.problem(),
                "make the requirements more explicit (name the things, their properties and relationships), "
                        + "or write a domain spec (.yaml) instead");
    }

    /** The JSON document of an answer, also when the model wrapped it in a Markdown code fence. */
    private static String json(String answer) {
        if (answer == null) {
            return "";
        }
        Matcher fenced = JSON_FENCE.matcher(answer);
        return fenced.find() ? fenced.group(1) : answer.trim();
    }

    private static String schema() {
        try (InputStream in = LlmRequirementsAnalyzer.class.getResourceAsStream(DomainSpecReader.SCHEMA)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
