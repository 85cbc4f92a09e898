package ${app.basePackage};

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks every request a test sends to {@code /api/**}, and the answer it gets, against the contract
 * {@code openapi.yaml}: the operation is declared, the query parameters are declared, a request the API accepted
 * has a body valid for the declared schema, the status is declared, and the response body is valid for the
 * status's schema. A request the API rejected (4xx) is not checked itself: tests send invalid ones on purpose.
 */
public final class OpenApiContract implements ResultHandler {

    private static final JsonNode CONTRACT = read();

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void handle(MvcResult result) throws Exception {
        MockHttpServletRequest request = result.getRequest();
        String path = request.getRequestURI();
        if (!path.startsWith("/api/")) {
            return;
        }
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        String exchange = request.getMethod() + " " + path;
        Map.Entry<String, JsonNode> template = pathItem(path);
        if (template != null && !template.getValue().has(method) && result.getResponse().getStatus() == 405) {
            return; // a method the contract leaves out of a path (e.g. a write on a read-only resource) is refused
        }
        if (template == null || !template.getValue().has(method)) {
            throw new AssertionError(exchange + ": the contract declares no such operation");
        }
        JsonNode operation = template.getValue().get(method);
        List<String> problems = new ArrayList<>();
        MockHttpServletResponse response = result.getResponse();
        if (response.getStatus() < 400) {
            List<String> declared = new ArrayList<>();
            operation.path("parameters").forEach(p -> declared.add(p.path("name").asString()));
            template.getValue().path("parameters").forEach(p -> declared.add(p.path("name").asString()));
            request.getParameterMap().keySet().stream()
                .filter(name -> !declared.contains(name))
                .forEach(name -> problems.add("query parameter '" + name + "' is not declared"));
            byte[] body = request.getContentAsByteArray();
            if (body != null && body.length > 0) {
                validate(operation.path("requestBody").path("content"), request.getContentType(), body, "request body",
                        problems);
            }
        }
        JsonNode responses = operation.path("responses");
        String status = Integer.toString(response.getStatus());
        JsonNode declaredResponse = responses.has(status) ? responses.get(status)
                : responses.has(status.charAt(0) + "XX") ? responses.get(status.charAt(0) + "XX") : responses.get("default");
        if (declaredResponse == null) {
            problems.add("status " + status + " is not declared");
        }
        else if (response.getContentAsByteArray().length > 0) {
            validate(declaredResponse.path("content"), response.getContentType(), response.getContentAsByteArray(),
                    "response " + status, problems);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(exchange + " does not conform to openapi.yaml (" + template.getKey() + "):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static void validate(JsonNode content, String contentType, byte[] body, String what, List<String> problems) {
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        String declared = declaredRange(content, mediaType);
        if (declared == null) {
            problems.add(what + " has content type '" + mediaType + "', the contract declares " + names(content));
            return;
        }
        // Only JSON bodies have a schema to check; a binary body (a blob) is checked by its media type alone.
        JsonNode schemaNode = content.get(declared).get("schema");
        if (schemaNode == null || !mediaType.endsWith("json")) {
            return;
        }
        // The schema as root with the contract's components beside it, so that "#/components/..." resolves.
        ObjectNode root = JSON.createObjectNode();
        root.setAll((ObjectNode) schemaNode.deepCopy());
        root.set("components", CONTRACT.path("components"));
        Schema schema = SCHEMAS.getSchema(root);
        JsonNode instance = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        for (Error error : schema.validate(instance)) {
            problems.add(what + ": " + error);
        }
    }

    /** The declared media type or range ({@code image/*}, {@code *}{@code /*}) a body's media type falls in, or null. */
    private static String declaredRange(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        for (String range : content.propertyNames()) {
            if (range.equals("*/*") || (range.endsWith("/*") && !mediaType.isEmpty()
                    && mediaType.startsWith(range.substring(0, range.length() - 1)))) {
                return range;
            }
        }
        return null;
    }

    private static Map.Entry<String, JsonNode> pathItem(String path) {
        // A literal path (/api/books/_search) before a template that also matches it (/api/books/{id}).
        if (CONTRACT.path("paths").has(path)) {
            return Map.entry(path, CONTRACT.path("paths").get(path));
        }
        for (Map.Entry<String, JsonNode> entry : CONTRACT.path("paths").properties()) {
            String regex = "\\Q" + entry.getKey().replaceAll("\\{[^/]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            if (Pattern.matches(regex, path)) {
                return entry;
            }
        }
        return null;
    }

    private static String names(JsonNode content) {
        List<String> names = content.properties().stream().map(Map.Entry::getKey).toList();
        return names.isEmpty() ? "no body" : String.join(", ", names);
    }

    private static JsonNode read() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the test classpath (src/main/resources)");
            }
            return YAMLMapper.builder().build().readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read openapi.yaml", e);
        }
    }
}
