package io.scaffold.orchestrator.runtime.cluster;

import io.camunda.client.CamundaClient;
import io.scaffold.orchestrator.process.OpenUserTask;
import io.scaffold.orchestrator.process.UserTaskCompleter;
import java.util.Map;

/**
 * Completes user tasks on a Camunda cluster, whose REST API completes Camunda user tasks.
 */
final class ClusterUserTaskCompleter implements UserTaskCompleter {

    private final CamundaClient client;

    ClusterUserTaskCompleter(CamundaClient client) {
        this.client = client;
    }

    @Override
    public void complete(OpenUserTask task, Map<String, Object> variables) {
        client.newCompleteUserTaskCommand(task.userTaskKey()).variables(variables).send().join();
    }

}
