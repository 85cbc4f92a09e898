package ${app.basePackage}.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/**
 * JSON merge patch (RFC 7396, {@code application/merge-patch+json}) applied to a request representation: a
 * property present is set, {@code null} clears it, an absent one is kept. The merged request is then bound and
 * validated like the body of a PUT (400 when it is not).
 */
@Component
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonMapper json;

    private final Validator validator;

    public MergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "A merge patch is a JSON object of the properties to change; null clears one");
        }
        T merged;
        try {
            merged = json.treeToValue(merge(json.valueToTree(current), patch), type);
        }
        catch (JacksonException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The patched resource cannot be read: " + e.getOriginalMessage(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> property : patch.properties()) {
            if (property.getValue().isNull()) {
                result.remove(property.getKey());
            }
            else {
                result.set(property.getKey(), merge(result.get(property.getKey()), property.getValue()));
            }
        }
        return result;
    }
}
