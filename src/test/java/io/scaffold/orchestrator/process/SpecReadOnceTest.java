package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.spec.FreeTextAnalyzer;
import io.scaffold.orchestrator.spec.RequirementsAnalyzer;
import io.scaffold.orchestrator.spec.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 8, item 6: a run reads its spec once, when it starts. Free text goes to the
 * requirements analyzer (with a language model configured, a paid call) exactly once;
 * intake and the later agents work from the stored model.
 */
@SpringBootTest
@ActiveProfiles("test")
class SpecReadOnceTest {

    static final AtomicInteger ANALYSES = new AtomicInteger();

    @TestConfiguration
    static class CountingAnalyzer {

        @Bean
        RequirementsAnalyzer countingRequirementsAnalyzer() {
            FreeTextAnalyzer analyzer = new FreeTextAnalyzer();
            return (text, fileName) -> {
                ANALYSES.incrementAndGet();
                return analyzer.analyze(text, fileName);
            };
        }

    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @Autowired
    ScaffoldRuns runs;

    @Autowired
    ArtifactStore artifacts;

    @Autowired
    DomainModels models;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clarifications clarifications;

    @Test
    void freeTextIsAnalysedOnceAndIntakeUsesTheStoredModel() throws Exception {
        String spec = Files.readString(Path.of("src/test/resources/requirements/shop.md"));
        ANALYSES.set(0);

        Run run = runs.start(new StartRequest("shop.md", spec, "manual", null, "local", "test", null));

        Artifact stored = artifacts.latest(run.id(), DomainModels.PATH).orElseThrow();
        assertThat(stored.phaseId()).isEqualTo("intake");
        assertThat(stored.agent()).isEqualTo("spec-reader");
        DomainModel model = models.load(run.id());
        assertThat(run.applicationName()).isEqualTo(model.name());
        // a manual run asks its clarifying questions first: take the recommended answers
        await().atMost(Duration.ofSeconds(60)).until(() -> !clarifications.open(run.id()).isEmpty());
        clarifications.answer(clarifications.open(run.id()).getFirst(), List.of(), "test");
        await().atMost(Duration.ofSeconds(60))
            .until(() -> jdbc.sql("select count(*) from phases where run_id = ? and phase_id = 'domain-analysis'")
                .param(run.id())
                .query(Integer.class)
                .single() > 0);
        assertThat(jdbc.sql("select status from phases where run_id = ? and phase_id = 'intake'")
            .param(run.id())
            .query(String.class)
            .single()).isEqualTo("COMPLETED");
        assertThat(ANALYSES).hasValue(1);
        assertThat(artifacts.versions(run.id(), DomainModels.PATH)).hasSize(1);
        runs.cancel(run.id());
    }

    @Test
    void aSpecThatDoesNotReadStartsNothingAndIsAnalysedOnce() {
        ANALYSES.set(0);
        long runsBefore = jdbc.sql("select count(*) from runs").query(Long.class).single();

        StartRequest request = new StartRequest("notes.md", "nothing that names an entity\n", "full", null, "local",
                "test", null);

        assertThatThrownBy(() -> runs.start(request)).isInstanceOf(SpecException.class);
        assertThat(ANALYSES).hasValue(1);
        assertThat(jdbc.sql("select count(*) from runs").query(Long.class).single()).isEqualTo(runsBefore);
    }

}
