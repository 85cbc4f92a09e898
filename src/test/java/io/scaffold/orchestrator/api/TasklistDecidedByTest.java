package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Approvals.PendingApproval;
import io.scaffold.orchestrator.process.TasklistCommands;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An approval answered in Tasklist, whose form names nobody: the gate records the person
 * who completed the task (the completing listener's assignee), on the embedded engine
 * with the application's own workers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistDecidedByTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    ZeebeTestEngine engine;

    @Autowired
    CamundaClient client;

    @Autowired
    Approvals approvals;

    @Test
    void theGateRecordsWhoCompletedTheTaskInTasklist() throws Exception {
        ApiClient api = new ApiClient(port);
        String id = api.startRun("manual");
        api.awaitApproval(id, "domain-approval");
        PendingApproval approval = approvals.open(UUID.fromString(id)).getFirst();
        // What the approval form submits in Tasklist: a decision, no decidedBy.
        client.newSetVariablesCommand(approval.openTask().processInstanceKey())
            .variables(Map.of("decision", "approve", "comment", "approved in Tasklist"))
            .send()
            .join();

        TasklistCommands.assignAndComplete(engine, approval.userTaskKey(), "ella");

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            JsonNode gate = JSON.readTree(api.get("/api/v1/processes/" + id + "/gates").getBody()).get(0);
            assertThat(gate.path("decision").asText()).isEqualTo("approve");
            assertThat(gate.path("decidedBy").asText()).isEqualTo("ella");
        });
        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
    }

}
