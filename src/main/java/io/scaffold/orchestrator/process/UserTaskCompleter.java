package io.scaffold.orchestrator.process;

import java.util.Map;

/**
 * Answers a Camunda user task: the process continues with the answer as variables. A
 * cluster completes the task (runtime.cluster); the embedded engine cannot, and moves the
 * instance past the task instead (runtime.embedded), so there the task's output mappings
 * and task listeners are not applied and the task must have exactly one outgoing sequence
 * flow.
 */
public interface UserTaskCompleter {

    void complete(OpenUserTask task, Map<String, Object> variables);

}
