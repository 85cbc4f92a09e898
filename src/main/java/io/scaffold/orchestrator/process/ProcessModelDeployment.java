package io.scaffold.orchestrator.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The deployment of the process models, sent as soon as the client exists and awaited
 * only where a deployed model is needed (starting or resuming an instance): the engine
 * parses the models while the rest of the application starts, instead of after it (about
 * 2 s of a one-shot run's first phase). A deployment that failed (a cluster not reachable
 * yet, say) is sent again by the next start that needs it. How user tasks and incidents
 * are reached is the runtime's business: runtime.embedded or runtime.cluster provides the
 * {@link UserTaskInbox}, {@link UserTaskCompleter} and {@link IncidentFinder}.
 */
@Component
public class ProcessModelDeployment {

    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployment.class);

    private final CamundaClient client;

    private CompletableFuture<DeploymentEvent> deployment;

    ProcessModelDeployment(CamundaClient client) {
        this.client = client;
        this.deployment = send();
    }

    /**
     * The deployment, once the engine has accepted it; sent again first if the last one
     * failed.
     * @throws IllegalStateException when it was refused or timed out
     */
    public DeploymentEvent await() {
        CompletableFuture<DeploymentEvent> current;
        synchronized (this) {
            if (deployment.isCompletedExceptionally()) {
                deployment = send();
            }
            current = deployment;
        }
        try {
            return current.join();
        }
        catch (CompletionException e) {
            throw new IllegalStateException("the process models were not deployed: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private CompletableFuture<DeploymentEvent> send() {
        return ProcessModels.deployAsync(client).whenComplete((deployed, failure) -> {
            if (failure != null) {
                // said at once, not only when a run starts
                log.error("The process models were not deployed: no run can start until they are", failure);
            }
        });
    }

}
