package io.scaffold.orchestrator.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Operate and Tasklist (Camunda 8.6) through their public v1 APIs, signed in as a person
 * is: a session cookie from {@code POST /api/login} plus the {@code X-CSRF-TOKEN} header
 * on every POST and PATCH.
 */
final class CamundaWebapps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private final String baseUrl;

    private String csrfToken;

    private CamundaWebapps(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static CamundaWebapps login(String baseUrl, String username, String password) throws Exception {
        CamundaWebapps webapps = new CamundaWebapps(baseUrl);
        HttpResponse<String> response = webapps.http.send(HttpRequest
            .newBuilder(URI.create(baseUrl + "/api/login?username=" + username + "&password=" + password))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("login to " + baseUrl + " as " + username + " failed: "
                    + response.statusCode() + " " + response.body());
        }
        webapps.csrfToken = response.headers()
            .firstValue("X-CSRF-TOKEN")
            .orElseThrow(() -> new IllegalStateException("the login response carries no X-CSRF-TOKEN header"));
        return webapps;
    }

    /**
     * Tasklist: the open (CREATED) user tasks whose process instance has the variable
     * {@code runId}.
     */
    JsonNode openTasksOfRun(String runId) throws Exception {
        ObjectNode query = JSON.createObjectNode().put("state", "CREATED");
        query.putArray("taskVariables")
            .addObject()
            .put("name", "runId")
            .put("value", JSON.writeValueAsString(runId))
            .put("operator", "eq");
        query.putArray("includeVariables").addObject().put("name", "gateId");
        return call("POST", "/v1/tasks/search", query);
    }

    /**
     * Tasklist: claims the task for the signed-in user, as the "Assign to me" button
     * does.
     */
    JsonNode assignToMe(String taskId) throws Exception {
        return call("PATCH", "/v1/tasks/" + taskId + "/assign", JSON.createObjectNode());
    }

    /** Tasklist: submits the task's form with the given values. */
    JsonNode complete(String taskId, Map<String, Object> values) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode variables = body.putArray("variables");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            // Tasklist takes each value as JSON text.
            variables.addObject().put("name", value.getKey()).put("value", JSON.writeValueAsString(value.getValue()));
        }
        return call("PATCH", "/v1/tasks/" + taskId + "/complete", body);
    }

    /**
     * Operate: process instances matching the filter (e.g. {@code key},
     * {@code parentKey}, {@code bpmnProcessId}).
     */
    JsonNode processInstances(Map<String, Object> filter) throws Exception {
        ObjectNode query = JSON.createObjectNode();
        query.set("filter", JSON.valueToTree(filter));
        query.put("size", 100);
        return call("POST", "/v1/process-instances/search", query).get("items");
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-TOKEN", csrfToken)
            .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    method + " " + baseUrl + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

}
