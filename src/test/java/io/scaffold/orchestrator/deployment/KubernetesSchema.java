package io.scaffold.orchestrator.deployment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validates Kubernetes manifests against the API schema captured by the fabric8 model
 * classes.
 *
 * <p>
 * The fabric8 classes keep unknown fields in an "additional properties" map instead of
 * rejecting them, so this mapper switches that catch-all off: with
 * FAIL_ON_UNKNOWN_PROPERTIES a misspelled or misplaced field then fails, as
 * {@code kubectl apply --validate=strict} would against a real API server.
 */
final class KubernetesSchema {

    /**
     * Thrown for a manifest the API server would reject; the message says where and how
     * to fix it.
     */
    static final class InvalidManifestException extends RuntimeException {

        InvalidManifestException(String message) {
            super(message);
        }

    }

    // Only the apiVersion/kind pairs this project deploys: anything else is a mistake
    // (for example autoscaling/v1
    // with v2 fields), not something to let through.
    private static final Map<String, Class<? extends HasMetadata>> TYPES = new TreeMap<>(Map.of("v1/ConfigMap",
            ConfigMap.class, "v1/Secret", Secret.class, "v1/Service", Service.class, "v1/ServiceAccount",
            ServiceAccount.class, "v1/PersistentVolumeClaim", PersistentVolumeClaim.class, "apps/v1/Deployment",
            Deployment.class, "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class, "networking.k8s.io/v1/NetworkPolicy",
            NetworkPolicy.class, "monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class));

    private static final ObjectMapper TREE = new YAMLMapper();

    private static final ObjectMapper STRICT = YAMLMapper.builder(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // "replicas: '3'" is a string to the API server and is rejected there too.
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .annotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public Boolean hasAnySetter(Annotated annotated) {
                return Boolean.FALSE;
            }
        })
        .build();

    private KubernetesSchema() {
    }

    /**
     * Parses every document of a (multi-document) YAML stream and validates it.
     * @param source names the stream in error messages, e.g. a file or "kustomize build
     * of k8s/overlays/prod"
     * @throws InvalidManifestException for the first document that is not valid
     */
    static List<HasMetadata> validate(String yaml, String source) {
        List<HasMetadata> resources = new ArrayList<>();
        for (Document document : split(yaml)) {
            resources.add(validate(document, source));
        }
        return resources;
    }

    private static HasMetadata validate(Document document, String source) {
        JsonNode tree;
        try {
            tree = TREE.readTree(document.text());
        }
        catch (JsonProcessingException e) {
            throw invalid(source, document, e.getLocation(), "not valid YAML: " + e.getOriginalMessage());
        }
        String apiVersion = tree.path("apiVersion").asText("");
        String kind = tree.path("kind").asText("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw invalid(source, document, null, "a manifest needs both `apiVersion` and `kind`");
        }
        Class<? extends HasMetadata> type = TYPES.get(apiVersion + "/" + kind);
        if (type == null) {
            throw invalid(source, document, null, "unsupported apiVersion/kind `" + apiVersion + "` `" + kind
                    + "`; this project deploys only " + TYPES.keySet());
        }
        String what = kind + " " + tree.path("metadata").path("name").asText("<unnamed>");
        HasMetadata resource;
        try {
            resource = STRICT.readValue(document.text(), type);
        }
        catch (UnrecognizedPropertyException e) {
            throw invalid(source, document, keyLocation(document, e.getLocation(), e.getPropertyName()),
                    what + ": unknown field `" + e.getPropertyName() + "` at `" + path(e) + "`: it is not in the "
                            + apiVersion + " " + kind + " schema; check its spelling and indentation");
        }
        catch (JsonMappingException e) {
            throw invalid(source, document, e.getLocation(),
                    what + ": wrong value at `" + path(e) + "`: " + e.getOriginalMessage());
        }
        catch (JsonProcessingException e) {
            throw invalid(source, document, e.getLocation(), what + ": " + e.getOriginalMessage());
        }
        if (resource.getMetadata() == null || resource.getMetadata().getName() == null
                || resource.getMetadata().getName().isBlank()) {
            throw invalid(source, document, null, kind + " without `metadata.name`: every resource needs a name");
        }
        return resource;
    }

    private record Document(String text, int firstLine) {
    }

    /**
     * Splits on "---" lines, remembering where each document starts so errors point at
     * the original line.
     */
    private static List<Document> split(String yaml) {
        List<Document> documents = new ArrayList<>();
        String[] lines = yaml.split("\n", -1);
        StringBuilder current = new StringBuilder();
        int firstLine = 1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("---") || lines[i].startsWith("--- ")) {
                addIfContent(documents, current.toString(), firstLine);
                current.setLength(0);
                firstLine = i + 2;
            }
            else {
                current.append(lines[i]).append('\n');
            }
        }
        addIfContent(documents, current.toString(), firstLine);
        return documents;
    }

    private static void addIfContent(List<Document> documents, String text, int firstLine) {
        boolean onlyComments = text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
        if (!onlyComments) {
            documents.add(new Document(text, firstLine));
        }
    }

    /**
     * Jackson reports an unknown field at the start of its value, which for a nested
     * block is the next line: walk back to the line that names the field.
     */
    private static JsonLocation keyLocation(Document document, JsonLocation valueLocation, String key) {
        if (valueLocation == null || valueLocation.getLineNr() < 1) {
            return valueLocation;
        }
        List<String> lines = document.text().lines().toList();
        for (int line = Math.min(valueLocation.getLineNr(), lines.size()); line >= 1; line--) {
            String text = lines.get(line - 1);
            String content = text.stripLeading();
            if (content.startsWith("- ")) {
                content = content.substring(2).stripLeading();
            }
            if (content.startsWith(key + ":")) {
                int column = text.indexOf(key) + 1;
                return new JsonLocation(valueLocation.contentReference(), -1, line, column);
            }
        }
        return valueLocation;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static InvalidManifestException invalid(String source, Document document, JsonLocation location,
            String problem) {
        String where = location == null || location.getLineNr() < 1 ? source + ":" + document.firstLine()
                : source + ":" + (document.firstLine() + location.getLineNr() - 1) + ":" + location.getColumnNr();
        return new InvalidManifestException(where + ": " + problem);
    }

}
