package io.scaffold.orchestrator.process;

import java.util.List;
import java.util.Map;

/**
 * A Camunda user task waiting for an answer.
 *
 * @param variables the values of the variables asked for, as the task's process instance
 * holds them
 */
public record OpenUserTask(long userTaskKey, long elementInstanceKey, String elementId, long processInstanceKey,
        long processDefinitionKey, String bpmnProcessId, List<String> candidateGroups, Map<String, Object> variables) {
}
