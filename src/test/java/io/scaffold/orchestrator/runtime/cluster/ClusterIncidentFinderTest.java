package io.scaffold.orchestrator.runtime.cluster;

import static io.scaffold.orchestrator.runtime.cluster.ClusterSearchStandIn.instance;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.scaffold.orchestrator.process.IncidentFinder.Incident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster incident finder against a {@link ClusterSearchStandIn} answering the two
 * searches it makes ({@code POST /v2/process-instances/search},
 * {@code POST /v2/incidents/search}).
 */
class ClusterIncidentFinderTest {

    private static final long RUN = 2251799813685001L;

    private static final long GATE = 2251799813685101L;

    private static final long PASSED_GATE = 2251799813685102L;

    private static final long OTHER_RUN = 2251799813685901L;

    private static final long OTHER_GATE = 2251799813685902L;

    private final List<Map<String, Object>> instances = new ArrayList<>(List.of(
            instance(RUN, null, null, "ACTIVE", "scaffold"), instance(GATE, RUN, RUN + 10, "ACTIVE", "quality-gate"),
            instance(PASSED_GATE, RUN, RUN + 10, "COMPLETED", "quality-gate"),
            instance(OTHER_RUN, null, null, "ACTIVE", "scaffold"),
            instance(OTHER_GATE, OTHER_RUN, OTHER_RUN + 10, "ACTIVE", "quality-gate")));

    private final List<Map<String, Object>> incidents = new ArrayList<>(List.of(
            incident(4503599627370601L, GATE, "JOB_NO_RETRIES", "record-gate-outcome", 4503599627370701L, "ACTIVE"),
            incident(4503599627370602L, RUN, "EXTRACT_VALUE_ERROR", "route-after-gate", null, "ACTIVE"),
            incident(4503599627370603L, GATE, "JOB_NO_RETRIES", "score-criteria", 4503599627370702L, "RESOLVED"),
            incident(4503599627370604L, OTHER_GATE, "JOB_NO_RETRIES", "record-gate-outcome", 4503599627370703L,
                    "ACTIVE")));

    private ClusterSearchStandIn cluster;

    private CamundaClient client;

    @BeforeEach
    void start() {
        cluster = new ClusterSearchStandIn();
        cluster.search("/v2/process-instances/search", instances, "parentProcessInstanceKey", "state");
        cluster.search("/v2/incidents/search", incidents, "processInstanceKey", "state");
        client = cluster.client();
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void findsTheActiveIncidentsOfTheRunAndOfTheGateInstancesItCalled() {
        List<Incident> incidents = new ClusterIncidentFinder(client).openIncidents(RUN);

        assertThat(incidents).containsExactlyInAnyOrder(
                new Incident(4503599627370601L, "JOB_NO_RETRIES", "record-gate-outcome failed", "record-gate-outcome",
                        4503599627370701L),
                new Incident(4503599627370602L, "EXTRACT_VALUE_ERROR", "route-after-gate failed", "route-after-gate",
                        0));
    }

    @Test
    void readsEveryPageOfTheSearchResults() {
        int gates = SearchPages.PAGE_SIZE + 20;
        for (int i = 1; i <= gates; i++) {
            long gate = RUN + 1000 + i;
            instances.add(instance(gate, RUN, RUN + 10, "ACTIVE", "quality-gate"));
            incidents.add(incident(gate + 1_000_000, gate, "JOB_NO_RETRIES", "record-gate-outcome", gate + 2_000_000,
                    "ACTIVE"));
        }

        assertThat(new ClusterIncidentFinder(client).openIncidents(RUN)).hasSize(gates + 2);
    }

    @Test
    void findsNothingForARunWithoutIncidents() {
        assertThat(new ClusterIncidentFinder(client).openIncidents(2251799813685999L)).isEmpty();
    }

    private static Map<String, Object> incident(long key, long processInstanceKey, String errorType, String elementId,
            Long jobKey, String state) {
        var row = new LinkedHashMap<String, Object>();
        row.put("incidentKey", Long.toString(key));
        row.put("processDefinitionId", "quality-gate");
        row.put("processDefinitionKey", "2251799813685050");
        row.put("processInstanceKey", Long.toString(processInstanceKey));
        row.put("errorType", errorType);
        row.put("errorMessage", elementId + " failed");
        row.put("elementId", elementId);
        row.put("elementInstanceKey", Long.toString(key + 1000));
        row.put("creationTime", "2026-11-30T13:05:00.000Z");
        row.put("state", state);
        row.put("jobKey", jobKey == null ? null : Long.toString(jobKey));
        row.put("tenantId", "<default>");
        return row;
    }

}
