package io.scaffold.orchestrator.llm;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.spec.DomainSpecReader;
import io.scaffold.orchestrator.spec.SpecException;
import io.scaffold.orchestrator.spec.SpecLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A domain asked of a model is the project's own domain spec in JSON: its schema is sent,
 * and the answer goes through exactly the validation a hand-written spec gets.
 */
final class DomainSpecAnswerFormat implements AnswerFormat<DomainModel> {

    /** How the model's answer is named in validation messages. */
    static final String ANSWER_NAME = "the answer";

    private final DomainSpecReader reader;

    private final String schema;

    DomainSpecAnswerFormat(SpecLimits limits) {
        this.reader = new DomainSpecReader(limits);
        try (InputStream in = DomainSpecReader.class.getResourceAsStream(DomainSpecReader.SCHEMA)) {
            this.schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Class<DomainModel> type() {
        return DomainModel.class;
    }

    @Override
    public String schema() {
        return schema;
    }

    @Override
    public DomainModel read(String json) {
        try {
            return reader.read(ANSWER_NAME, json, true);
        }
        catch (SpecException e) {
            throw new InvalidAnswerException(List.of(e.getMessage()));
        }
    }

}
