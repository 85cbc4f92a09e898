package io.scaffold.orchestrator.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.scaffold.orchestrator.process.IncidentFinder.Incident;
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
            return root -> {
                Map<Long, Incident> open = new LinkedHashMap<>();
                for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
                    if (record.getRecordType() != RecordType.EVENT || record.getValueType() != ValueType.INCIDENT) {
                        continue;
                    }
                    IncidentRecordValue incident = (IncidentRecordValue) record.getValue();
                    List<List<Long>> path = incident.getElementInstancePath();
                    long incidentRoot = path.isEmpty() || path.getFirst().isEmpty()
                            ? incident.getProcessInstanceKey() : path.getFirst().getFirst();
                    if (incidentRoot != root) {
                        continue;
                    }
                    if (record.getIntent() == IncidentIntent.CREATED) {
                        open.put(record.getKey(), new Incident(record.getKey(), incident.getErrorType().name(),
                                incident.getErrorMessage(), incident.getElementId(), incident.getJobKey()));
                    } else if (record.getIntent() == IncidentIntent.RESOLVED) {
                        open.remove(record.getKey());
                    }
                }
                return List.copyOf(open.values());
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

        /** Incidents of the run's own instance; those of its called gate instances are seen in Operate. */
        @Bean
        IncidentFinder clusterIncidents(CamundaClient client) {
            return root -> client.newIncidentSearchRequest()
                    .filter(f -> f.processInstanceKey(root).state(IncidentState.ACTIVE))
                    .send().join().items().stream()
                    .map(i -> new IncidentFinder.Incident(i.getIncidentKey(), String.valueOf(i.getErrorType()),
                            i.getErrorMessage(), i.getElementId(), i.getJobKey() == null ? 0 : i.getJobKey()))
                    .toList();
        }
    }
}
