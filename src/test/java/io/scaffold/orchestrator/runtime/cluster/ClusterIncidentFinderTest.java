package io.scaffold.orchestrator.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import io.scaffold.orchestrator.process.IncidentFinder.Incident;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster incident finder against a local HTTP server that answers the two searches
 * it makes the way a Camunda 8.8 cluster's REST API does
 * ({@code POST /v2/process-instances/search}, {@code POST /v2/incidents/search}, shapes
 * of the 8.8 OpenAPI: keys as strings, filter fields as a value or an operator object
 * such as {@code {"$in": [...]}}, results as {@code items} and {@code page}). A stand-in
 * because no 8.8 cluster runs here.
 */
class ClusterIncidentFinderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final long RUN = 2251799813685001L;

    private static final long GATE = 2251799813685101L;

    private static final long PASSED_GATE = 2251799813685102L;

    private static final long OTHER_RUN = 2251799813685901L;

    private static final long OTHER_GATE = 2251799813685902L;

    private final List<Map<String, Object>> instances = new ArrayList<>(List.of(
            instance(RUN, null, "ACTIVE", "scaffold"), instance(GATE, RUN, "ACTIVE", "quality-gate"),
            instance(PASSED_GATE, RUN, "COMPLETED", "quality-gate"), instance(OTHER_RUN, null, "ACTIVE", "scaffold"),
            instance(OTHER_GATE, OTHER_RUN, "ACTIVE", "quality-gate")));

    private final List<Map<String, Object>> incidents = new ArrayList<>(List.of(
            incident(4503599627370601L, GATE, "JOB_NO_RETRIES", "record-gate-outcome", 4503599627370701L, "ACTIVE"),
            incident(4503599627370602L, RUN, "EXTRACT_VALUE_ERROR", "route-after-gate", null, "ACTIVE"),
            incident(4503599627370603L, GATE, "JOB_NO_RETRIES", "score-criteria", 4503599627370702L, "RESOLVED"),
            incident(4503599627370604L, OTHER_GATE, "JOB_NO_RETRIES", "record-gate-outcome", 4503599627370703L,
                    "ACTIVE")));

    private HttpServer server;

    private CamundaClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/process-instances/search", exchange -> search(exchange, instances,
                (filter, row) -> matches(filter, row, "parentProcessInstanceKey") && matches(filter, row, "state")));
        server.createContext("/v2/incidents/search", exchange -> search(exchange, incidents,
                (filter, row) -> matches(filter, row, "processInstanceKey") && matches(filter, row, "state")));
        server.start();
        URI rest = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        client = CamundaClient.newClientBuilder()
            .restAddress(rest)
            .grpcAddress(URI.create("http://127.0.0.1:1"))
            .preferRestOverGrpc(true)
            .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
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
            instances.add(instance(gate, RUN, "ACTIVE", "quality-gate"));
            incidents.add(incident(gate + 1_000_000, gate, "JOB_NO_RETRIES", "record-gate-outcome", gate + 2_000_000,
                    "ACTIVE"));
        }

        assertThat(new ClusterIncidentFinder(client).openIncidents(RUN)).hasSize(gates + 2);
    }

    @Test
    void findsNothingForARunWithoutIncidents() {
        assertThat(new ClusterIncidentFinder(client).openIncidents(2251799813685999L)).isEmpty();
    }

    /**
     * Answers a search with the rows its filter selects, one page of them:
     * {@code page.limit} rows (100 unless asked) after the {@code page.after} cursor
     * (here: an offset).
     */
    private static void search(HttpExchange exchange, List<Map<String, Object>> rows,
            BiPredicate<JsonNode, Map<String, Object>> selects) throws IOException {
        JsonNode query = JSON.readTree(exchange.getRequestBody());
        JsonNode filter = query.path("filter");
        int limit = query.path("page").path("limit").asInt(100);
        int from = query.path("page").path("after").asInt(0);
        List<Map<String, Object>> selected = rows.stream().filter(row -> selects.test(filter, row)).toList();
        List<Map<String, Object>> page = selected.subList(Math.min(from, selected.size()),
                Math.min(from + limit, selected.size()));
        ArrayNode items = JSON.createArrayNode();
        page.forEach(row -> items.add(JSON.valueToTree(row)));
        ObjectNode body = JSON.createObjectNode();
        body.set("items", items);
        body.putObject("page")
            .put("totalItems", selected.size())
            .put("hasMoreTotalItems", false)
            .put("startCursor", Integer.toString(from))
            .put("endCursor", Integer.toString(from + page.size()));
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /**
     * A filter field as the API takes it: absent, a plain value, or {@code $eq} /
     * {@code $in}.
     */
    private static boolean matches(JsonNode filter, Map<String, Object> row, String field) {
        JsonNode condition = filter.path(field);
        Object value = row.get(field);
        String actual = value == null ? null : value.toString();
        if (condition.isMissingNode()) {
            return true;
        }
        if (condition.isValueNode()) {
            return condition.asText().equals(actual);
        }
        if (condition.has("$eq")) {
            return condition.get("$eq").asText().equals(actual);
        }
        if (condition.has("$in")) {
            for (JsonNode candidate : condition.get("$in")) {
                if (candidate.asText().equals(actual)) {
                    return true;
                }
            }
            return false;
        }
        throw new IllegalArgumentException("filter condition the stand-in does not know: " + condition);
    }

    private static Map<String, Object> instance(long key, Long parent, String state, String processId) {
        var row = new LinkedHashMap<String, Object>();
        row.put("processInstanceKey", Long.toString(key));
        row.put("processDefinitionId", processId);
        row.put("processDefinitionName", processId);
        row.put("processDefinitionVersion", 1);
        row.put("processDefinitionKey", "2251799813685050");
        row.put("parentProcessInstanceKey", parent == null ? null : Long.toString(parent));
        row.put("parentElementInstanceKey", parent == null ? null : Long.toString(parent + 10));
        row.put("startDate", "2026-11-30T13:00:00.000Z");
        row.put("state", state);
        row.put("hasIncident", false);
        row.put("tenantId", "<default>");
        return row;
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
