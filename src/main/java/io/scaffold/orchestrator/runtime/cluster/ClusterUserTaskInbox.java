package io.scaffold.orchestrator.runtime.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.scaffold.orchestrator.process.OpenUserTask;
import io.scaffold.orchestrator.process.UserTaskInbox;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open user tasks of a Camunda cluster, through its search API (the data Tasklist shows).
 * Variable values are asked for in full (the search truncates long ones otherwise); a
 * value that is no JSON is passed on as text.
 */
final class ClusterUserTaskInbox implements UserTaskInbox {

    private final CamundaClient client;

    private final ObjectMapper json;

    ClusterUserTaskInbox(CamundaClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    public List<OpenUserTask> list(Collection<String> variableNames) {
        return SearchPages
            .all(page -> client.newUserTaskSearchRequest()
                .filter(f -> f.state(UserTaskState.CREATED))
                .sort(s -> s.creationDate().asc())
                .page(page)
                .send()
                .join())
            .stream()
            .map(task -> open(task, variableNames))
            .toList();
    }

    private OpenUserTask open(UserTask task, Collection<String> variableNames) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Variable v : SearchPages.all(page -> client.newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(task.getProcessInstanceKey()).scopeKey(task.getProcessInstanceKey()))
            .withFullValues()
            .page(page)
            .send()
            .join())) {
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
        }
        catch (JsonProcessingException e) {
            return v.getValue();
        }
    }

}
