package io.scaffold.orchestrator.process;

import io.camunda.client.CamundaClient;
import java.util.Map;

/** Completes user tasks on a Camunda cluster, whose REST API completes Camunda user tasks. */
public final class ClusterUserTaskCompleter implements UserTaskCompleter {

    private final CamundaClient client;

    public ClusterUserTaskCompleter(CamundaClient client) {
        this.client = client;
    }

    @Override
    public void complete(OpenUserTask task, Map<String, Object> variables) {
        client.newCompleteUserTaskCommand(task.userTaskKey()).variables(variables).send().join();
    }
}
