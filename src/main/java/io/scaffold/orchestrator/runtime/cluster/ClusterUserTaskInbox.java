package io.scaffold.orchestrator.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Open user tasks of a Camunda cluster, through its search API (the data Tasklist shows). */
final class ClusterUserTaskInbox implements UserTaskInbox {

    private final CamundaClient client;
    private final ObjectMapper json;

    ClusterUserTaskInbox(CamundaClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    public List<OpenUserTask> list(Collection<String> variableNames) {
        return client.newUserTaskSearchRequest()
                .filter(f -> f.state(UserTaskState.CREATED))
                .send()
                .join()
                .items()
                .stream()
                .map(task -> open(task, variableNames))
                .toList();
    }

    private OpenUserTask open(UserTask task, Collection<String> variableNames) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Variable v : client.newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(task.getProcessInstanceKey()).scopeKey(task.getProcessInstanceKey()))
                .send().join().items()) {
            if (variableNames.contains(v.getName())) {
                values.put(v.getName(), parse(v));
            }
        }
        return new OpenUserTask(task.getUserTaskKey(), task.getElementInstanceKey(), task.getElementId(),
                task.getProcessInstanceKey(), task.getProcessDefinitionKey(), task.getBpmnProcessId(),
                List.copyOf(task.getCandidateGroups()), values);
    }

    private Object parse(Variable v) {
        try {
            return json.readValue(v.getValue(), Object.class);
        } catch (JsonProcessingException e) {
            return v.getValue();
        }
    }
}
