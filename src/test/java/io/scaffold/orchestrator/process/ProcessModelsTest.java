package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Form;
import io.camunda.client.api.response.Process;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessModelsTest {

    @Test
    void findsEveryModelOnTheClasspathByteForByte() throws Exception {
        var models = ProcessModels.onClasspath();

        assertThat(models).extracting(ProcessModels.Model::name)
            .containsExactly("quality-gate.bpmn", "scaffold.bpmn", "gate-policy.dmn", "gate-verdict.dmn",
                    "clarify-requirements.form", "gate-approval.form");
        assertThat(models.get(1).content()).isEqualTo(Files.readAllBytes(Path.of("bpmn", "scaffold.bpmn")));
    }

    @Test
    void deploysProcessesDecisionsAndFormTogether() {
        DeploymentEvent deployment = ProcessModels.deployAsync(EmbeddedEngine.CLIENT).join();

        assertThat(deployment.getProcesses()).extracting(Process::getBpmnProcessId)
            .containsExactlyInAnyOrder("scaffold", "quality-gate");
        assertThat(deployment.getDecisions()).extracting(Decision::getDmnDecisionId)
            .containsExactlyInAnyOrder("gatePolicy", "gateCriteria", "gateDefinition", "gateScore", "objectiveScore",
                    "fixableFindings", "concernFindings", "verdictRule", "gateVerdict");
        assertThat(deployment.getForm()).extracting(Form::getFormId)
            .containsExactlyInAnyOrder("gate-approval", "clarify-requirements");
    }

    @Test
    void theDeploymentSentAtStartUpIsAwaitedWhereAModelIsNeeded() {
        DeploymentEvent deployment = new ProcessModelDeployment(EmbeddedEngine.CLIENT).await();

        assertThat(deployment.getProcesses()).extracting(Process::getBpmnProcessId).contains("scaffold");
    }

    @Test
    void aDeploymentThatFailedSaysSoAndIsSentAgainByTheNextAwait() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (CamundaClient client = CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://127.0.0.1:" + port))
            .restAddress(URI.create("http://127.0.0.1:" + port))
            .preferRestOverGrpc(false)
            .build()) {
            ProcessModelDeployment deployment = new ProcessModelDeployment(client);

            // nothing listens yet
            assertThatThrownBy(deployment::await).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the process models were not deployed: ")
                .hasMessageContaining("UNAVAILABLE");

            ZeebeTestEngine engine = EngineFactory.create(port);
            engine.start();
            try {
                // each start that needs the models sends them again until one is accepted
                // (the client's channel waits a moment before it reconnects)
                await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptionsInstanceOf(IllegalStateException.class)
                    .untilAsserted(
                            () -> assertThat(deployment.await().getProcesses()).extracting(Process::getBpmnProcessId)
                                .contains("scaffold"));
            }
            finally {
                engine.stop();
            }
        }
    }

}
