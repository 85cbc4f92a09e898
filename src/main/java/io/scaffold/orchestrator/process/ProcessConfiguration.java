package io.scaffold.orchestrator.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deploys the models at start-up and picks how user tasks and incidents are reached: through the embedded
 * engine's records, or through a cluster's APIs.
 */
@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

    @Bean
    ApplicationRunner deployProcessModels(CamundaClient client) {
        return args -> ProcessModels.deploy(client);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "scaffold.runtime", havingValue = "embedded", matchIfMissing = true)
    static class Embedded {

        @Bean
        UserTaskInbox embeddedUserTaskInbox(ZeebeTestEngine engine, ObjectMapper json) {
            return new OpenUserTasks(engine.getRecordStreamSource(), json)::list;
        }

        @Bean
        UserTaskCompleter embeddedUserTaskCompleter(CamundaClient client, ZeebeTestEngine engine) {
            return new EmbeddedUserTaskCompleter(client, engine.getRecordStreamSource());
        }

        @Bean
        IncidentFinder embeddedIncidents(ZeebeTestEngine engine) {
            return jobKey -> {
                Set<Long> open = new LinkedHashSet<>();
                for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
                    if (record.getRecordType() == RecordType.EVENT && record.getValueType() == ValueType.INCIDENT
                            && ((IncidentRecordValue) record.getValue()).getJobKey() == jobKey) {
                        if (record.getIntent() == IncidentIntent.CREATED) {
                            open.add(record.getKey());
                        } else if (record.getIntent() == IncidentIntent.RESOLVED) {
                            open.remove(record.getKey());
                        }
                    }
                }
                return List.copyOf(open);
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "scaffold.runtime", havingValue = "cluster")
    static class Cluster {

        @Bean
        UserTaskInbox clusterUserTaskInbox(CamundaClient client, ObjectMapper json) {
            return new ClusterUserTaskInbox(client, json);
        }

        @Bean
        UserTaskCompleter clusterUserTaskCompleter(CamundaClient client) {
            return new ClusterUserTaskCompleter(client);
        }

        @Bean
        IncidentFinder clusterIncidents(CamundaClient client) {
            return jobKey -> client.newIncidentSearchRequest()
                    .filter(f -> f.jobKey(jobKey).state(IncidentState.ACTIVE))
                    .send().join().items().stream()
                    .map(Incident::getIncidentKey)
                    .toList();
        }
    }
}
