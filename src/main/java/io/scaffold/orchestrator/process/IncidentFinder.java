package io.scaffold.orchestrator.process;

import java.util.List;

/**
 * Open incidents of a run's process instance and the instances it called (its gates): on
 * the embedded engine from its records (runtime.embedded), on a cluster from its search
 * API (runtime.cluster), which reads exported data and so shows an incident a moment
 * after it was raised.
 */
public interface IncidentFinder {

    List<Incident> openIncidents(long rootProcessInstanceKey);

    /**
     * @param jobKey the failed job, or 0 when the incident is not a job's (an expression
     * or decision that failed)
     */
    record Incident(long key, String errorType, String errorMessage, String elementId, long jobKey) {
    }

}
