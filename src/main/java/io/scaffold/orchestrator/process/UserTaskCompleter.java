package io.scaffold.orchestrator.process;

import java.util.Map;

/** Answers a Camunda user task: the process continues with the answer as variables. */
public interface UserTaskCompleter {

    void complete(OpenUserTask task, Map<String, Object> variables);
}
