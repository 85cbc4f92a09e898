package io.scaffold.orchestrator.process;

import java.util.List;

/**
 * The element instances of a run's process instance and of every instance it called (its
 * gates, at any depth): on the embedded engine from its records (runtime.embedded), on a
 * cluster from its search API (runtime.cluster), which reads exported data and so lags
 * the engine by a moment. {@link RunDiagram} turns them into what the console's diagram
 * shows.
 */
public interface ElementInstanceFinder {

    /** The root instance first, then the called ones in the order they started. */
    List<Instance> instances(long rootProcessInstanceKey);

    /**
     * One process instance.
     *
     * @param callingElementInstanceKey the call activity instance that started it, or 0
     * for the run's root instance
     * @param elements its element instances (the process itself not among them), in the
     * order they were entered
     */
    record Instance(long key, String processId, long callingElementInstanceKey, List<ElementInstance> elements) {
    }

    record ElementInstance(long key, String elementId, ElementState state) {
    }

    /** The state of an element instance; an incident wins over ACTIVE. */
    enum ElementState {

        ACTIVE, COMPLETED, INCIDENT, TERMINATED

    }

}
