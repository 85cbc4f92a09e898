package io.scaffold.orchestrator.llm;

import java.util.List;

/**
 * How answers of one type are described to a model and read from its JSON. Records get
 * {@link StructuredAnswers#recordFormat} (the schema generated from the record, Jackson
 * binding); a type with a schema of its own registers a bean of this interface (e.g. the
 * domain spec that the requirements agent asks for).
 */
public interface AnswerFormat<T> {

    /** The answer type this format reads. */
    Class<T> type();

    /** The JSON schema sent to the model with the instructions. */
    String schema();

    /**
     * The answer bound from a JSON document.
     * @throws InvalidAnswerException naming what is wrong, in words the model can act on
     */
    T read(String json);

    /** An answer that does not fit its schema. */
    final class InvalidAnswerException extends RuntimeException {

        private final List<String> problems;

        public InvalidAnswerException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }

    }

}
