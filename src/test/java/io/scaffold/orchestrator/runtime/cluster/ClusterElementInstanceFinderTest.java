package io.scaffold.orchestrator.runtime.cluster;

import static io.scaffold.orchestrator.runtime.cluster.ClusterSearchStandIn.instance;
import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.process.ElementInstanceFinder.ElementState;
import io.scaffold.orchestrator.process.RunDiagram;
import io.scaffold.orchestrator.process.RunDiagram.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster's element instances of a run, through a {@link ClusterSearchStandIn}
 * answering {@code POST /v2/process-instances/search} and
 * {@code POST /v2/element-instances/search}, turned into the console's diagram: a gate
 * called twice shows its latest instance, whose rework counts on the call activity; an
 * incident shows on its element; another run's instances stay out.
 */
class ClusterElementInstanceFinderTest {

    private static final long RUN = 2251799813685001L;

    private static final long CALL_1 = 2251799813685010L;

    private static final long CALL_2 = 2251799813685020L;

    private static final long FIRST_GATE = 2251799813685101L;

    private static final long SECOND_GATE = 2251799813685102L;

    private static final long OTHER_RUN = 2251799813685901L;

    private final List<Map<String, Object>> instances = List.of(instance(RUN, null, null, "ACTIVE", "scaffold"),
            instance(FIRST_GATE, RUN, CALL_1, "COMPLETED", "quality-gate"),
            instance(SECOND_GATE, RUN, CALL_2, "ACTIVE", "quality-gate"),
            instance(OTHER_RUN, null, null, "ACTIVE", "scaffold"));

    private final List<Map<String, Object>> elements = new ArrayList<>();

    private ClusterSearchStandIn cluster;

    @BeforeEach
    void start() {
        element(RUN, RUN, "scaffold", "PROCESS", "ACTIVE", false);
        element(RUN + 1, RUN, "run-requested", "START_EVENT", "COMPLETED", false);
        element(CALL_1, RUN, "gate-domain-analysis", "CALL_ACTIVITY", "COMPLETED", false);
        element(CALL_2, RUN, "gate-architecture", "CALL_ACTIVITY", "ACTIVE", false);
        element(FIRST_GATE + 1, FIRST_GATE, "gate-passed", "END_EVENT", "COMPLETED", false);
        element(SECOND_GATE + 1, SECOND_GATE, "score-criterion", "MULTI_INSTANCE_BODY", "COMPLETED", false);
        element(SECOND_GATE + 2, SECOND_GATE, "score-criterion", "SERVICE_TASK", "COMPLETED", false);
        element(SECOND_GATE + 3, SECOND_GATE, "score-criterion", "SERVICE_TASK", "COMPLETED", false);
        element(SECOND_GATE + 4, SECOND_GATE, "rework", "SERVICE_TASK", "COMPLETED", false);
        element(SECOND_GATE + 5, SECOND_GATE, "rework", "SERVICE_TASK", "ACTIVE", true);
        element(OTHER_RUN + 1, OTHER_RUN, "run-requested", "START_EVENT", "COMPLETED", false);
        cluster = new ClusterSearchStandIn();
        cluster.search("/v2/process-instances/search", instances, "processInstanceKey", "parentProcessInstanceKey");
        cluster.search("/v2/element-instances/search", elements, "processInstanceKey");
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void theRunsDiagramHasItsElementsAndTheLatestInstanceOfEachGate() {
        RunDiagram diagram = RunDiagram.of(new ClusterElementInstanceFinder(cluster.client()).instances(RUN));

        assertThat(diagram.processId()).isEqualTo("scaffold");
        assertThat(diagram.elements()).containsExactly(new Element("run-requested", ElementState.COMPLETED, 1, 0),
                new Element("gate-domain-analysis", ElementState.COMPLETED, 1, 0),
                new Element("gate-architecture", ElementState.ACTIVE, 1, 2));
        assertThat(diagram.gates()).containsOnlyKeys("gate-domain-analysis", "gate-architecture");
        assertThat(diagram.gates().get("gate-domain-analysis").elements())
            .containsExactly(new Element("gate-passed", ElementState.COMPLETED, 1, 0));
        RunDiagram.InstanceDiagram reworking = diagram.gates().get("gate-architecture");
        assertThat(reworking.processId()).isEqualTo("quality-gate");
        assertThat(reworking.elements()).containsExactly(new Element("score-criterion", ElementState.COMPLETED, 2, 0),
                new Element("rework", ElementState.INCIDENT, 2, 2));
    }

    private void element(long key, long processInstanceKey, String elementId, String type, String state,
            boolean incident) {
        var row = new LinkedHashMap<String, Object>();
        row.put("elementInstanceKey", Long.toString(key));
        row.put("processDefinitionKey", "2251799813685050");
        row.put("processDefinitionId",
                processInstanceKey == RUN || processInstanceKey == OTHER_RUN ? "scaffold" : "quality-gate");
        row.put("processInstanceKey", Long.toString(processInstanceKey));
        row.put("elementId", elementId);
        row.put("elementName", elementId);
        row.put("type", type);
        row.put("state", state);
        row.put("startDate", "2026-11-30T13:00:00.000Z");
        row.put("hasIncident", incident);
        row.put("incidentKey", incident ? Long.toString(key + 7) : null);
        row.put("tenantId", "<default>");
        elements.add(row);
    }

}
