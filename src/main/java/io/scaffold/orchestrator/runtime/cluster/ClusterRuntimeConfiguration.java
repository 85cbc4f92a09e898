package io.scaffold.orchestrator.runtime.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.scaffold.orchestrator.process.ElementInstanceFinder;
import io.scaffold.orchestrator.process.IncidentFinder;
import io.scaffold.orchestrator.process.UserTaskCompleter;
import io.scaffold.orchestrator.process.UserTaskInbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster runtime ({@code scaffold.runtime=cluster}): a Camunda 8 cluster and an
 * external PostgreSQL, both configured through the usual {@code camunda.client.*} and
 * {@code spring.datasource.*} properties. User tasks, incidents and element instances are
 * reached through the cluster's REST API (its search API and user task commands).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "scaffold.runtime", havingValue = "cluster")
class ClusterRuntimeConfiguration {

    @Bean
    UserTaskInbox clusterUserTaskInbox(CamundaClient client, ObjectMapper json) {
        return new ClusterUserTaskInbox(client, json);
    }

    @Bean
    UserTaskCompleter clusterUserTaskCompleter(CamundaClient client) {
        return new ClusterUserTaskCompleter(client);
    }

    @Bean
    ElementInstanceFinder clusterElementInstanceFinder(CamundaClient client) {
        return new ClusterElementInstanceFinder(client);
    }

    @Bean
    IncidentFinder clusterIncidentFinder(CamundaClient client) {
        return new ClusterIncidentFinder(client);
    }

}
