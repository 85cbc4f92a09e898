package io.scaffold.orchestrator.process;

import java.util.List;

/** Open incidents of a job: on the embedded engine from its records, on a cluster from its search API. */
public interface IncidentFinder {

    List<Long> openIncidentKeys(long jobKey);
}
