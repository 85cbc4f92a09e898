package io.scaffold.orchestrator.runtime.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.scaffold.orchestrator.process.OpenUserTask;
import io.scaffold.orchestrator.process.UserTaskInbox;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Camunda user tasks open on the embedded engine, read from its record stream: the
 * embedded engine has no REST API to search them.
 */
public final class EmbeddedUserTaskInbox implements UserTaskInbox {

    private final RecordStreamSource records;

    private final ObjectMapper json;

    public EmbeddedUserTaskInbox(RecordStreamSource records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    /**
     * The user tasks created and neither completed nor canceled, oldest first, each with
     * the current values of the named variables of its process instance (those it lacks
     * are left out).
     */
    @Override
    public List<OpenUserTask> list(Collection<String> variableNames) {
        var open = new LinkedHashMap<Long, UserTaskRecordValue>();
        // processInstanceKey -> variable name -> JSON value, for variables of the process
        // instance's root scope
        var variables = new HashMap<Long, Map<String, String>>();
        for (Record<?> record : records.getRecords()) {
            if (record.getRecordType() != RecordType.EVENT) {
                continue;
            }
            if (record.getValueType() == ValueType.USER_TASK) {
                var task = (UserTaskRecordValue) record.getValue();
                if (record.getIntent() == UserTaskIntent.CREATED) {
                    open.put(task.getUserTaskKey(), task);
                }
                else if (record.getIntent() == UserTaskIntent.COMPLETED
                        || record.getIntent() == UserTaskIntent.CANCELED) {
                    open.remove(task.getUserTaskKey());
                }
            }
            else if (record.getValueType() == ValueType.VARIABLE
                    && (record.getIntent() == VariableIntent.CREATED || record.getIntent() == VariableIntent.UPDATED)) {
                var variable = (VariableRecordValue) record.getValue();
                if (variable.getScopeKey() == variable.getProcessInstanceKey()
                        && variableNames.contains(variable.getName())) {
                    variables.computeIfAbsent(variable.getProcessInstanceKey(), key -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
                }
            }
        }
        return open.values()
            .stream()
            .map(task -> new OpenUserTask(task.getUserTaskKey(), task.getElementInstanceKey(), task.getElementId(),
                    task.getProcessInstanceKey(), task.getProcessDefinitionKey(), task.getBpmnProcessId(),
                    List.copyOf(task.getCandidateGroupsList()),
                    parse(variables.getOrDefault(task.getProcessInstanceKey(), Map.of()))))
            .toList();
    }

    private Map<String, Object> parse(Map<String, String> jsonValues) {
        var values = new LinkedHashMap<String, Object>();
        jsonValues.forEach((name, value) -> {
            try {
                values.put(name, json.readValue(value, Object.class));
            }
            catch (JsonProcessingException e) {
                throw new IllegalStateException("Variable " + name + " holds no JSON: " + value, e);
            }
        });
        return values;
    }

}
