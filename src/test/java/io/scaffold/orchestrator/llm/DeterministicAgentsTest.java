package io.scaffold.orchestrator.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeterministicAgentsTest {

    record UseCases(java.util.List<String> names) {
    }

    private static final PromptTemplate TEMPLATE = new PromptTemplate("domain-analyst.use-cases", 1, "List them.");

    @Test
    void answersWithTheDeterministicPathOnceAndSaysSo() {
        AtomicInteger calls = new AtomicInteger();
        ModelAnswer<UseCases> answer = new DeterministicAgents()
            .ask(ModelQuestion.of(AgentRole.DOMAIN_ANALYST, null, TEMPLATE, "Ticket", UseCases.class), () -> {
                calls.incrementAndGet();
                return new UseCases(java.util.List.of("Assign a ticket"));
            });

        assertThat(answer.value().names()).containsExactly("Assign a ticket");
        assertThat(calls).hasValue(1);
        assertThat(answer.provenance().source()).isEqualTo(ProvenanceSource.DETERMINISTIC);
        assertThat(answer.provenance().describe()).isEqualTo("deterministic");
        assertThat(new DeterministicAgents().enabled(AgentRole.DOMAIN_ANALYST)).isFalse();
    }

    @Test
    void aFallbackNamesItsReason() {
        Provenance fallback = new Provenance(AgentRole.ARCHITECT, ProvenanceSource.FALLBACK, "openai", "gpt-4o-mini",
                null, "openai answered 500 three times");

        assertThat(fallback.describe()).isEqualTo("deterministic (fallback: openai answered 500 three times)");
    }

}
