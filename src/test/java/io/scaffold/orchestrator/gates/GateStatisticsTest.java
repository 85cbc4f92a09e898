package io.scaffold.orchestrator.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gate statistics count only the evaluations of the asking organisation's runs (all of
 * them for null).
 */
class GateStatisticsTest {

    private static GateStatisticsDatabase database;

    private static GateEvaluationRepository evaluations;

    @BeforeAll
    static void start() throws Exception {
        database = new GateStatisticsDatabase();
        evaluations = database.evaluations;
        // acme: one gate passed, one approved by a person; globex: one failed.
        UUID acme = database.run("acme");
        UUID globex = database.run("globex");
        evaluations.insert(evaluation(acme, "domain-approval", "PASS", "dmn"));
        evaluations.insert(evaluation(acme, "architecture-review", "APPROVAL_REQUIRED", "ella"));
        evaluations.decide(acme, "architecture-review", 1, "approve", "ella", null, Instant.now());
        evaluations.insert(evaluation(globex, "domain-approval", "REJECT", "dmn"));
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void anOrganisationSeesOnlyItsOwnRunsGates() {
        assertThat(evaluations.passRate("acme")).isEqualTo(1.0);
        assertThat(evaluations.passRateByGate("acme"))
            .isEqualTo(Map.of("architecture-review", 1.0, "domain-approval", 1.0));
        assertThat(evaluations.automationRate("acme")).isEqualTo(0.5);

        assertThat(evaluations.passRate("globex")).isEqualTo(0.0);
        assertThat(evaluations.passRateByGate("globex")).isEqualTo(Map.of("domain-approval", 0.0));
        assertThat(evaluations.automationRate("globex")).isEqualTo(1.0);

        assertThat(evaluations.passRate("initech")).isNull();
        assertThat(evaluations.passRateByGate("initech")).isEmpty();
    }

    @Test
    void withoutAnOrganisationEveryRunCounts() {
        assertThat(evaluations.passRate(null)).isEqualTo(2.0 / 3, offset(1e-9));
        assertThat(evaluations.passRateByGate(null))
            .isEqualTo(Map.of("architecture-review", 1.0, "domain-approval", 0.5));
    }

    private static GateEvaluation evaluation(UUID runId, String gateId, String verdict, String decidedBy) {
        return new GateEvaluation(runId, gateId, 1, "domain-analysis", new BigDecimal("0.80"), new BigDecimal("0.90"),
                verdict, null, List.of(), null, decidedBy, null, Instant.now(), null);
    }

}
