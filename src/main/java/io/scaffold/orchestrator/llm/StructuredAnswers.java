package io.scaffold.orchestrator.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.ai.converter.BeanOutputConverter;

/**
 * Structured output: the schema an answer type is asked for with, and a model's answer
 * read back (also from inside a Markdown code fence), validated against that schema,
 * bound and checked; what is wrong comes back as sentences for the repair round.
 */
final class StructuredAnswers {

    /** A read answer: the value, or what is wrong with it. */
    record Reading<T>(T value, List<String> problems) {

        boolean valid() {
            return problems.isEmpty();
        }

    }

    private static final ObjectMapper JSON = new ObjectMapper()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<Class<?>, AnswerFormat<?>> formats = new ConcurrentHashMap<>();

    StructuredAnswers(List<AnswerFormat<?>> registered) {
        registered.forEach(format -> formats.put(format.type(), format));
    }

    @SuppressWarnings("unchecked")
    <T> AnswerFormat<T> format(Class<T> type) {
        return (AnswerFormat<T>) formats.computeIfAbsent(type, StructuredAnswers::recordFormat);
    }

    /** The system prompt: the template's id line, its instructions and the schema. */
    <T> String instructions(ModelQuestion<T> question) {
        PromptTemplate template = question.template();
        return ChatProvider.TEMPLATE_LINE.formatted(template.id(), template.version()) + "\n" + template.instructions()
                + "\n\nAnswer with one JSON document only, no prose, that validates against this JSON schema:\n"
                + format(question.answerType()).schema();
    }

    <T> Reading<T> read(ModelQuestion<T> question, String answer) {
        String json = json(answer);
        if (json.isEmpty()) {
            return new Reading<>(null, List.of("the answer is empty; answer with the JSON document"));
        }
        T value;
        try {
            value = format(question.answerType()).read(json);
        }
        catch (AnswerFormat.InvalidAnswerException e) {
            return new Reading<>(null, e.problems());
        }
        List<String> problems = question.check().apply(value);
        return new Reading<>(value, problems == null ? List.of() : List.copyOf(problems));
    }

    /**
     * The JSON document of an answer, also when the model wrapped it in a Markdown code
     * fence (found by the outermost fence, since the answer may be steered by the input).
     */
    static String json(String answer) {
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
        return answer.strip();
    }

    /** A record's format: the schema Spring AI generates for it, bound with Jackson. */
    static <T> AnswerFormat<T> recordFormat(Class<T> type) {
        String schema = new BeanOutputConverter<>(type).getJsonSchema();
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        return new AnswerFormat<>() {

            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public String schema() {
                return schema;
            }

            @Override
            public T read(String json) {
                JsonNode tree;
                try {
                    tree = JSON.readTree(json);
                }
                catch (JsonProcessingException e) {
                    throw new InvalidAnswerException(
                            List.of("the answer is not valid JSON: " + e.getOriginalMessage()));
                }
                List<String> problems = new ArrayList<>();
                for (ValidationMessage message : validator.validate(tree)) {
                    problems.add(message.getMessage());
                }
                if (!problems.isEmpty()) {
                    throw new InvalidAnswerException(problems);
                }
                try {
                    return JSON.treeToValue(tree, type);
                }
                catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new InvalidAnswerException(List.of("the answer does not fit " + type.getSimpleName() + ": "
                            + e.getMessage().lines().findFirst().orElse("")));
                }
            }
        };
    }

}
