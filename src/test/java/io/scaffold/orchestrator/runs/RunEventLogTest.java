package io.scaffold.orchestrator.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.ScaffoldTestContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event log on a real PostgreSQL: listeners hear of an entry once it is committed,
 * and only then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class RunEventLogTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @Autowired
    RunEventLog events;

    @Autowired
    RunRepository runs;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Heard heard;

    @Autowired
    JdbcTemplate jdbc;

    UUID runId;

    @BeforeEach
    void storeARun() {
        runId = UUID.randomUUID();
        runs.insert(new Run(runId, "acme", "tester", "Shop", "shop.jdl", "JDL", "full", RunStatus.STARTING, null, null,
                null, Instant.now(), null));
    }

    @Test
    void theTableTakesEveryEventType() {
        // each migration that adds an event type re-creates the check constraint: one
        // that forgets an earlier type breaks that type's events at run time
        String check = jdbc.queryForObject(
                "select pg_get_constraintdef(oid) from pg_constraint where conname = 'events_type_check'",
                String.class);
        for (EventType type : EventType.values()) {
            assertThat(check).as("events_type_check").contains("'" + type.name() + "'");
        }
    }

    @Test
    void anEntryIsPublishedWhenItsTransactionCommitsAndOnce() {
        transactions.executeWithoutResult(tx -> {
            assertThat(events.append(runId, "1", new RunEventData.PhaseStarted("intake", "Intake"), Instant.now()))
                .isTrue();
            assertThat(heard.of(runId)).as("not before the commit").isEmpty();
        });
        assertThat(heard.of(runId)).extracting(RunEvent::type).containsExactly(EventType.PhaseStarted);

        assertThat(events.append(runId, "1", new RunEventData.PhaseStarted("intake", "Intake"), Instant.now()))
            .as("a repeated delivery")
            .isFalse();
        assertThat(heard.of(runId)).hasSize(1);
        assertThat(events.forRun(runId)).singleElement()
            .satisfies(e -> assertThat(e.payload()).contains("\"phase\"", "\"intake\""));
    }

    @Test
    void anEntryRolledBackIsNeitherStoredNorPublished() {
        transactions.executeWithoutResult(tx -> {
            events.append(runId, "1", new RunEventData.PhaseStarted("intake", "Intake"), Instant.now());
            tx.setRollbackOnly();
        });

        assertThat(events.forRun(runId)).isEmpty();
        assertThat(heard.of(runId)).isEmpty();
    }

    @TestConfiguration
    static class Heard {

        private final List<RunEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(RunEvent event) {
            events.add(event);
        }

        List<RunEvent> of(UUID runId) {
            return events.stream().filter(e -> e.runId().equals(runId)).toList();
        }

    }

}
