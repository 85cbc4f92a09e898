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
 * 2 s of a one-shot run's first phase). How user tasks and incidents are reached is the
 * runtime's business: runtime.embedded or runtime.cluster provides the
 * {@link UserTaskInbox}, {@link UserTaskCompleter} and {@link IncidentFinder}.
 */
@Component
public class ProcessModelDeployment {

    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployment.class);

    private final CompletableFuture<DeploymentEvent> deployment;

    ProcessModelDeployment(CamundaClient client) {
        this.deployment = ProcessModels.deployAsync(client).whenComplete((deployed, failure) -> {
            if (failure != null) {
                // said at once, not only when the first run starts
                log.error("The process models were not deployed: no run can start", failure);
            }
        });
    }

    /**
     * The deployment, once the engine has accepted it.
     * @throws IllegalStateException when it was refused or timed out
     */
    public DeploymentEvent await() {
        try {
            return deployment.join();
        }
        catch (CompletionException e) {
            throw new IllegalStateException("the process models were not deployed: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

}
