package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The form ids and form variables the API hands the console are those of the models: the
 * user tasks name those forms, and the forms read those variables.
 */
class UserTaskFormsTest {

    @Test
    void theApprovalTasksShowTheGateApprovalFormWhichReadsTheFormVariables() throws IOException {
        BpmnModelInstance gate = Bpmn.readModelFromFile(Path.of("bpmn", "quality-gate.bpmn").toFile());
        assertThat(formId(gate, "approve-gate")).isEqualTo(Approvals.FORM_ID);
        assertThat(formId(gate, "decide-escalated-approval")).isEqualTo(Approvals.FORM_ID);
        assertReads(Approvals.FORM_ID, Approvals.FORM_VARIABLES);
    }

    @Test
    void theClarifyTaskShowsTheClarifyFormWhichReadsTheFormVariables() throws IOException {
        BpmnModelInstance scaffold = Bpmn.readModelFromFile(Path.of("bpmn", "scaffold.bpmn").toFile());
        assertThat(formId(scaffold, Clarifications.TASK)).isEqualTo(Clarifications.FORM_ID);
        assertReads(Clarifications.FORM_ID, Clarifications.FORM_VARIABLES);
    }

    private static String formId(BpmnModelInstance model, String userTask) {
        UserTask task = model.getModelElementById(userTask);
        return task.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId();
    }

    private static void assertReads(String formId, List<String> variables) throws IOException {
        String form = Files.readString(Path.of("forms", formId + ".form"));
        assertThat(ProcessModels.form(formId)).as("deployed").isPresent();
        for (String variable : variables) {
            assertThat(form).as("%s reads %s", formId, variable).containsPattern("\\b" + variable + "\\b");
        }
    }

}
