package io.scaffold.orchestrator.runtime.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local HTTP server that answers searches the way a Camunda 8.8 cluster's REST API does
 * (shapes of the 8.8 OpenAPI: keys as strings, filter fields as a value or an operator
 * object such as {@code {"$in": [...]}}, results as {@code items} and {@code page}), and
 * a client of it. A stand-in because no 8.8 cluster runs here.
 */
final class ClusterSearchStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private final CamundaClient client;

    ClusterSearchStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
        client = CamundaClient.newClientBuilder()
            .restAddress(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .grpcAddress(URI.create("http://127.0.0.1:1"))
            .preferRestOverGrpc(true)
            .build();
    }

    CamundaClient client() {
        return client;
    }

    /**
     * Answers searches at the path with the rows whose filter fields (of those named)
     * match.
     */
    void search(String path, List<Map<String, Object>> rows, String... filterFields) {
        server.createContext(path, exchange -> answer(exchange, rows, List.of(filterFields)));
    }

    /**
     * Answers a search with the rows its filter selects, one page of them:
     * {@code page.limit} rows (100 unless asked) after the {@code page.after} cursor
     * (here: an offset).
     */
    private static void answer(HttpExchange exchange, List<Map<String, Object>> rows, List<String> fields)
            throws IOException {
        JsonNode query = JSON.readTree(exchange.getRequestBody());
        JsonNode filter = query.path("filter");
        int limit = query.path("page").path("limit").asInt(100);
        int from = query.path("page").path("after").asInt(0);
        List<Map<String, Object>> selected = rows.stream()
            .filter(row -> fields.stream().allMatch(field -> matches(filter, row, field)))
            .toList();
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

    /**
     * A process instance row.
     * @param calledBy the call activity instance that started it, or null for a root
     */
    static Map<String, Object> instance(long key, Long parent, Long calledBy, String state, String processId) {
        var row = new LinkedHashMap<String, Object>();
        row.put("processInstanceKey", Long.toString(key));
        row.put("processDefinitionId", processId);
        row.put("processDefinitionName", processId);
        row.put("processDefinitionVersion", 1);
        row.put("processDefinitionKey", "2251799813685050");
        row.put("parentProcessInstanceKey", parent == null ? null : Long.toString(parent));
        row.put("parentElementInstanceKey", calledBy == null ? null : Long.toString(calledBy));
        row.put("startDate", "2026-11-30T13:00:00.000Z");
        row.put("state", state);
        row.put("hasIncident", false);
        row.put("tenantId", "<default>");
        return row;
    }

    @Override
    public void close() {
        client.close();
        server.stop(0);
    }

}
