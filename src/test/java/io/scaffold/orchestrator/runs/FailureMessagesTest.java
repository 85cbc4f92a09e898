package io.scaffold.orchestrator.runs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    @Test
    void aFailedJobsStackTraceWithSqlKeepsOnlyWhatHappened() {
        String message = """
                agent.implementation failed: PreparedStatementCallback; SQL [insert into artifacts (run_id, path) values (?, ?)]; ERROR: value too long for type character varying(255)
                  Detail: Failing row contains (secret-value).
                org.springframework.dao.DataIntegrityViolationException: PreparedStatementCallback
                \tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:118)
                Caused by: org.postgresql.util.PSQLException: ERROR: value too long
                \t... 42 more""";

        String stripped = FailureMessages.redact(message);

        assertThat(stripped).isEqualTo("agent.implementation failed: PreparedStatementCallback; "
                + "SQL [details in the server log]; ERROR: value too long for type character varying(255)");
    }

    @Test
    void anExceptionsClassNameGoesAndLongMessagesAreCut() {
        assertThat(FailureMessages.redact("java.lang.IllegalStateException: the model is broken\n\tat a.B.c(B.java:1)"))
            .isEqualTo("the model is broken");
        assertThat(FailureMessages.redact("x".repeat(5000))).hasSize(FailureMessages.MAX_LENGTH);
        assertThat(FailureMessages.redact(null)).isNull();
    }

    @Test
    void aLongDottedLineIsHandledQuickly() {
        long start = System.nanoTime();
        FailureMessages.redact("a.".repeat(500_000) + "b");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }

}
