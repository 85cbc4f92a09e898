package io.scaffold.orchestrator.process;

import io.camunda.client.CamundaClient;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deploys the models at start-up. How user tasks and incidents are reached is the
 * runtime's business: runtime.embedded or runtime.cluster provides the
 * {@link UserTaskInbox}, {@link UserTaskCompleter} and {@link IncidentFinder}.
 */
@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

    @Bean
    ApplicationRunner deployProcessModels(CamundaClient client) {
        return args -> ProcessModels.deploy(client);
    }

}
