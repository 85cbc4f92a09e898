package io.scaffold.orchestrator.runtime.embedded;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import io.scaffold.orchestrator.process.OpenUserTask;
import io.scaffold.orchestrator.process.UserTaskCompleter;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Completes Camunda user tasks on the embedded engine, which can only complete them over
 * a REST API it does not have: one process instance modification terminates the task and
 * activates the element its outgoing sequence flow leads to, with the answer as
 * variables. The target comes from the deployed model, so the BPMN stays the single
 * source of truth. Unlike a real completion, the task's output mappings and task
 * listeners are not applied.
 */
public final class EmbeddedUserTaskCompleter implements UserTaskCompleter {

    private final CamundaClient client;

    private final RecordStreamSource records;

    private final Map<Long, BpmnModelInstance> models = new ConcurrentHashMap<>();

    public EmbeddedUserTaskCompleter(CamundaClient client, RecordStreamSource records) {
        this.client = client;
        this.records = records;
    }

    @Override
    public void complete(OpenUserTask task, Map<String, Object> variables) {
        FlowNode userTask = model(task.processDefinitionKey()).getModelElementById(task.elementId());
        if (userTask == null || userTask.getOutgoing().size() != 1) {
            throw new IllegalStateException("User task " + task.elementId() + " of process " + task.bpmnProcessId()
                    + " must have exactly one outgoing sequence flow to be completed on the embedded engine");
        }
        SequenceFlow next = userTask.getOutgoing().iterator().next();
        String target = next.getTarget().getId();
        var activate = client.newModifyProcessInstanceCommand(task.processInstanceKey()).activateElement(target);
        // A completed task's variables land in the scope around it: the process, or the
        // enclosing sub-process.
        var withAnswer = next.getTarget().getParentElement() instanceof SubProcess subProcess
                ? activate.withVariables(variables, subProcess.getId()) : activate.withVariables(variables);
        withAnswer.and().terminateElement(task.elementInstanceKey()).send().join();
    }

    private BpmnModelInstance model(long processDefinitionKey) {
        return models.computeIfAbsent(processDefinitionKey, key -> {
            for (Record<?> record : records.getRecords()) {
                if (record.getRecordType() == RecordType.EVENT && record.getValueType() == ValueType.PROCESS
                        && record.getValue() instanceof Process process && process.getProcessDefinitionKey() == key) {
                    return Bpmn.readModelFromStream(new ByteArrayInputStream(process.getResource()));
                }
            }
            throw new IllegalStateException("No deployed process with key " + key + " in the engine's records");
        });
    }

}
