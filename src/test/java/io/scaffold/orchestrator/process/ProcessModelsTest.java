package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Form;
import io.camunda.client.api.response.Process;
import java.nio.file.Files;
import java.nio.file.Path;
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
        DeploymentEvent deployment = ProcessModels.deploy(EmbeddedEngine.CLIENT);

        assertThat(deployment.getProcesses()).extracting(Process::getBpmnProcessId)
            .containsExactlyInAnyOrder("scaffold", "quality-gate");
        assertThat(deployment.getDecisions()).extracting(Decision::getDmnDecisionId)
            .containsExactlyInAnyOrder("gatePolicy", "gateCriteria", "gateDefinition", "gateScore", "objectiveScore",
                    "fixableFindings", "concernFindings", "verdictRule", "gateVerdict");
        assertThat(deployment.getForm()).extracting(Form::getFormId)
            .containsExactlyInAnyOrder("gate-approval", "clarify-requirements");
    }

}
