package io.scaffold.orchestrator.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The typed event payloads: one record per event type, serialised by the application's
 * mapper to the JSON the maps they replaced gave.
 */
@SpringBootTest(classes = JacksonAutoConfiguration.class)
class RunEventDataTest {

    @Autowired
    ObjectMapper json;

    @Test
    void everyEventTypeHasExactlyOneRecordNamedAfterIt() throws Exception {
        Map<EventType, Class<?>> recordOf = new HashMap<>();
        for (Class<?> type : RunEventData.class.getPermittedSubclasses()) {
            EventType eventType = blank(type).type();
            assertThat(recordOf.put(eventType, type)).as("second record for %s", eventType).isNull();
            assertThat(type.getSimpleName()).isEqualTo(eventType.name());
        }
        assertThat(recordOf).containsOnlyKeys(EventType.values());
    }

    @Test
    void serialisesToTheJsonOfThePayloadMaps() throws Exception {
        assertSameJson(new RunEventData.PhaseStarted("intake", "Intake"), Map.of("phase", "intake", "name", "Intake"));
        assertSameJson(new RunEventData.ProcessCancelled("CANCELLED", null), Map.of("status", "CANCELLED"));
        assertSameJson(new RunEventData.ProcessCancelled("CANCELLED", "gone"),
                Map.of("status", "CANCELLED", "note", "gone"));
        assertSameJson(new RunEventData.ArtifactGenerated("docs/a.md", 2, "intake", "user", "ab12"),
                Map.of("path", "docs/a.md", "version", 2, "phase", "intake", "agent", "user", "sha256", "ab12"));
        Map<String, Object> failed = new HashMap<>();
        failed.put("errorCode", null);
        failed.put("reason", "boom");
        assertSameJson(new RunEventData.ProcessFailed(null, "boom"), failed);
        RunEventData.GateResult scored = RunEventData.GateResult.scored("g1", "design", 1, new BigDecimal("0.800"),
                new BigDecimal("0.750"), "PASS");
        assertSameJson(new RunEventData.QualityGatePassed(scored), Map.of("gate", "g1", "phase", "design", "attempt", 1,
                "score", new BigDecimal("0.800"), "threshold", new BigDecimal("0.750"), "verdict", "PASS"));
        Map<String, Object> decided = new HashMap<>();
        decided.put("gate", "g1");
        decided.put("attempt", 2);
        decided.put("decision", "reject");
        decided.put("decidedBy", "ann");
        decided.put("comment", null);
        RunEventData.ApprovalDecided decision = new RunEventData.ApprovalDecided("g1", 2, "reject", "ann", null);
        assertSameJson(decision, decided);
        assertSameJson(new RunEventData.QualityGateFailed(RunEventData.GateResult.decided(decision)), decided);
    }

    private void assertSameJson(RunEventData data, Map<String, ?> oldPayload) throws Exception {
        JsonNode written = json.readTree(json.writeValueAsString(data));
        assertThat(written).isEqualTo(json.readTree(json.writeValueAsString(oldPayload)));
    }

    /** An instance with every component null or zero: enough to ask its type. */
    private static RunEventData blank(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = Arrays.stream(types)
            .map(t -> t.isPrimitive() ? Array.get(Array.newInstance(t, 1), 0) : null)
            .toArray();
        return (RunEventData) type.getDeclaredConstructor(types).newInstance(args);
    }

}
