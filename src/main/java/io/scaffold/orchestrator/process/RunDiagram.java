package io.scaffold.orchestrator.process;

import io.scaffold.orchestrator.process.ElementInstanceFinder.ElementInstance;
import io.scaffold.orchestrator.process.ElementInstanceFinder.ElementState;
import io.scaffold.orchestrator.process.ElementInstanceFinder.Instance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the console marks on a run's diagram: the state of each element of
 * {@code scaffold.bpmn} the run entered and, per gate call activity, the same for the
 * latest {@code quality-gate.bpmn} instance it called. Elements never entered are absent.
 *
 * @param gates by the element id of the call activity in {@code scaffold.bpmn}
 */
public record RunDiagram(String processId, List<Element> elements, Map<String, InstanceDiagram> gates) {

    /** The element of {@code quality-gate.bpmn} that reworks a phase's output. */
    public static final String REWORK_ELEMENT = "rework";

    /**
     * @param state of the latest visit, except that an incident or an active visit
     * anywhere shows
     * @param visits how often the element was entered
     * @param reworkAttempts how often the phase's output was reworked: for a gate call
     * activity in its latest gate instance, for the rework task its own visits, otherwise
     * 0
     */
    public record Element(String elementId, ElementState state, int visits, int reworkAttempts) {
    }

    public record InstanceDiagram(String processId, List<Element> elements) {
    }

    /** The diagram of a run whose process instance has not started yet. */
    public static RunDiagram notStarted() {
        return new RunDiagram(ScaffoldRuns.PROCESS_ID, List.of(), Map.of());
    }

    /**
     * @param instances the run's root instance first, then the instances it called
     */
    public static RunDiagram of(List<Instance> instances) {
        if (instances.isEmpty()) {
            return notStarted();
        }
        Instance root = instances.getFirst();
        Map<Long, String> calledFrom = new LinkedHashMap<>();
        root.elements().forEach(element -> calledFrom.put(element.key(), element.elementId()));
        // the latest instance each call activity of the root started: a later one
        // replaces
        // an earlier
        Map<String, Instance> latestGates = new LinkedHashMap<>();
        for (Instance instance : instances.subList(1, instances.size())) {
            String callActivity = calledFrom.get(instance.callingElementInstanceKey());
            if (callActivity != null) {
                latestGates.put(callActivity, instance);
            }
        }
        Map<String, InstanceDiagram> gates = new LinkedHashMap<>();
        Map<String, Integer> reworks = new LinkedHashMap<>();
        latestGates.forEach((callActivity, gate) -> {
            List<Element> elements = elements(gate.elements(), Map.of());
            gates.put(callActivity, new InstanceDiagram(gate.processId(), elements));
            reworks.put(callActivity,
                    (int) gate.elements()
                        .stream()
                        .filter(element -> element.elementId().equals(REWORK_ELEMENT))
                        .count());
        });
        return new RunDiagram(root.processId(), elements(root.elements(), reworks), gates);
    }

    private static List<Element> elements(List<ElementInstance> visits, Map<String, Integer> reworks) {
        Map<String, List<ElementInstance>> byElement = new LinkedHashMap<>();
        visits.forEach(visit -> byElement.computeIfAbsent(visit.elementId(), id -> new ArrayList<>()).add(visit));
        List<Element> elements = new ArrayList<>();
        byElement.forEach((elementId, instances) -> {
            int reworkAttempts = elementId.equals(REWORK_ELEMENT) ? instances.size()
                    : reworks.getOrDefault(elementId, 0);
            elements.add(new Element(elementId, state(instances), instances.size(), reworkAttempts));
        });
        return List.copyOf(elements);
    }

    private static ElementState state(List<ElementInstance> instances) {
        for (ElementState shown : List.of(ElementState.INCIDENT, ElementState.ACTIVE)) {
            if (instances.stream().anyMatch(instance -> instance.state() == shown)) {
                return shown;
            }
        }
        return instances.getLast().state();
    }

}
