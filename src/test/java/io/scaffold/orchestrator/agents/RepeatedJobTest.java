package io.scaffold.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.runs.Run;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A job delivered twice (its timeout ran out while the first worker was still at it, as
 * after a crash) is handled twice by the real worker and must not duplicate anything. The
 * data architect's automatic worker is switched off so the test can hold the real job and
 * deliver it itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "camunda.client.worker.override[agent.data-architect].enabled=false")
@ActiveProfiles("test")
class RepeatedJobTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @Autowired
    ScaffoldRuns scaffoldRuns;

    @Autowired
    AgentWorkers workers;

    @Autowired
    CamundaClient camunda;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobDeliveredTwiceStoresItsArtifactsAndRowsOnce() {
        Run run = scaffoldRuns.start(new StartRequest("shop.jdl",
                "entity Customer { name String required }\nentity Purchase { total BigDecimal required }\n"
                        + "relationship ManyToOne { Purchase{customer(name)} to Customer }\n",
                "full", null, "test", "test", null));

        ActivatedJob first = activate(Duration.ofMillis(300));
        workers.dataArchitect(first);
        int artifactRows = count("artifacts", run);
        int eventRows = count("events", run);
        assertThat(artifactRows).isPositive();

        // the job times out and is delivered again: same key, same element instance
        await().pollDelay(Duration.ofMillis(300))
            .atMost(Duration.ofSeconds(30))
            .until(() -> activateNow(Duration.ofSeconds(30)) != null);
        ActivatedJob second = lastActivated;
        assertThat(second.getKey()).isEqualTo(first.getKey());
        workers.dataArchitect(second);

        assertThat(count("artifacts", run)).isEqualTo(artifactRows);
        assertThat(jdbc.sql("select count(*) from artifacts where run_id = ? and version > 1")
            .param(run.id())
            .query(Integer.class)
            .single()).isZero();
        assertThat(jdbc.sql(
                "select count(*) from events where run_id = ? and type = 'ArtifactGenerated' and payload->>'phase' = 'data-design'")
            .param(run.id())
            .query(Integer.class)
            .single())
            .isEqualTo(jdbc.sql("select count(*) from artifacts where run_id = ? and phase_id = 'data-design'")
                .param(run.id())
                .query(Integer.class)
                .single());
        assertThat(count("events", run)).isEqualTo(eventRows);
        List<Map<String, Object>> task = jdbc.sql("select attempt, outcome from agent_tasks where job_key = ?")
            .param(first.getKey())
            .query()
            .listOfRows();
        assertThat(task).hasSize(1);
        assertThat(task.getFirst()).containsEntry("attempt", 2).containsEntry("outcome", "SUCCEEDED");
        camunda.newCompleteCommand(second.getKey()).send().join();

        // and the process went on past the phase
        await().atMost(Duration.ofSeconds(60))
            .until(() -> jdbc.sql("select count(*) from phases where run_id = ? and phase_id = 'api-design'")
                .param(run.id())
                .query(Integer.class)
                .single() == 1);
        scaffoldRuns.cancel(run.id());
    }

    private ActivatedJob lastActivated;

    private ActivatedJob activate(Duration timeout) {
        await().atMost(Duration.ofSeconds(60)).until(() -> activateNow(timeout) != null);
        return lastActivated;
    }

    private ActivatedJob activateNow(Duration timeout) {
        List<ActivatedJob> jobs = camunda.newActivateJobsCommand()
            .jobType("agent.data-architect")
            .maxJobsToActivate(1)
            .timeout(timeout)
            .send()
            .join()
            .getJobs();
        lastActivated = jobs.isEmpty() ? null : jobs.getFirst();
        return lastActivated;
    }

    private int count(String table, Run run) {
        return jdbc.sql("select count(*) from " + table + " where run_id = ?")
            .param(run.id())
            .query(Integer.class)
            .single();
    }

}
