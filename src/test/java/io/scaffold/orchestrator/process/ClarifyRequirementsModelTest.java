package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.ProcessVariables;
import io.scaffold.orchestrator.spec.ClarifyingAnswer;
import io.scaffold.orchestrator.spec.ClarifyingQuestion;

import java.io.File;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Binds the Clarify requirements step of bpmn/scaffold.bpmn, its form and the Java that
 * prepares, lists and records it: a renamed task, variable or form field fails here.
 */
class ClarifyRequirementsModelTest {

    private static final BpmnModelInstance SCAFFOLD = Bpmn.readModelFromFile(Path.of("bpmn", "scaffold.bpmn").toFile());

    @Test
    void questionsArePreparedAfterIntakeAndRecordedBeforeDomainAnalysis() {
        List<String> path = new ArrayList<>();
        FlowNode node = SCAFFOLD.getModelElementById("phase-intake");
        while (!(node instanceof SubProcess sub && sub.getId().equals("phase-domain-analysis"))) {
            SequenceFlow next = node instanceof ExclusiveGateway gateway && gateway.getDefault() == null
                    ? node.getOutgoing().iterator().next()
                    : node.getOutgoing()
                        .stream()
                        .filter(f -> f.getConditionExpression() != null)
                        .findFirst()
                        .orElse(node.getOutgoing().iterator().next());
            node = next.getTarget();
            path.add(node.getId());
        }
        assertThat(path).containsExactly("prepare-clarifying-questions", "ask-a-person", "look-up-clarifiers",
                Clarifications.TASK, "questions-settled", "record-clarifications", "phase-domain-analysis");
        assertThat(type("prepare-clarifying-questions")).isEqualTo(JobTypes.CLARIFY_PREPARE_QUESTIONS);
        assertThat(type("record-clarifications")).isEqualTo(JobTypes.CLARIFY_RECORD_ANSWERS);

        ExclusiveGateway ask = SCAFFOLD.getModelElementById("ask-a-person");
        assertThat(ask.getDefault().getTarget().getId()).as("full automation and no questions skip the task")
            .isEqualTo("questions-settled");
        assertThat(ask.getOutgoing()).filteredOn(f -> f.getConditionExpression() != null)
            .singleElement()
            .extracting(f -> f.getConditionExpression().getTextContent())
            .isEqualTo("=automationLevel != \"full\" and count(" + ProcessVariables.CLARIFYING_QUESTIONS + ") > 0");
    }

    @Test
    void theDomainGatesApproversAnswerWithTheClarifyForm() throws Exception {
        BusinessRuleTask lookUp = SCAFFOLD.getModelElementById("look-up-clarifiers");
        ZeebeCalledDecision decision = lookUp.getSingleExtensionElement(ZeebeCalledDecision.class);
        assertThat(decision.getDecisionId()).isEqualTo("gatePolicy");
        UserTask task = SCAFFOLD.getModelElementById(Clarifications.TASK);
        assertThat(task.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups())
            .isEqualTo("=" + decision.getResultVariable() + ".approverGroups");
        assertThat(task.getOutgoing()).as("the embedded engine completes a task with one outgoing flow").hasSize(1);

        JsonNode form = new ObjectMapper().readTree(new File("forms", "clarify-requirements.form"));
        assertThat(task.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId())
            .isEqualTo(form.path("id").asText());
        JsonNode list = form.path("components").findParent("path");
        assertThat(list.path("type").asText()).isEqualTo("dynamiclist");
        assertThat(list.path("path").asText()).isEqualTo(ProcessVariables.CLARIFY_ANSWERS);
        List<String> keys = new ArrayList<>();
        list.path("components").forEach(c -> {
            if (c.has("key")) {
                keys.add(c.path("key").asText());
            }
        });
        assertThat(keys).as("the form answers what the record task reads")
            .containsExactlyElementsOf(names(ClarifyingAnswer.class.getRecordComponents()));
        String shown = list.path("components").toString();
        for (String field : List.of("question", "why", "options")) {
            assertThat(shown).as("the form shows the preset item's %s", field).contains("this." + field);
            assertThat(names(ClarifyingQuestion.class.getRecordComponents())).contains(field);
        }
    }

    private static String type(String serviceTask) {
        return SCAFFOLD.<ServiceTask>getModelElementById(serviceTask)
            .getSingleExtensionElement(ZeebeTaskDefinition.class)
            .getType();
    }

    private static List<String> names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).toList();
    }

}
