package io.scaffold.orchestrator.runtime.cluster;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.scaffold.orchestrator.process.IncidentFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * Open incidents of a run on a Camunda cluster, through its search API: the run's
 * instance and, level by level, the active instances it called (its gates) are found by
 * parent process instance key, then the active incidents of each. The search API reads
 * the exported data, so an incident appears there a moment after the engine raised it.
 */
final class ClusterIncidentFinder implements IncidentFinder {

    private final CamundaClient client;

    ClusterIncidentFinder(CamundaClient client) {
        this.client = client;
    }

    @Override
    public List<Incident> openIncidents(long rootProcessInstanceKey) {
        List<Incident> open = new ArrayList<>();
        for (long instance : runInstances(rootProcessInstanceKey)) {
            SearchPages
                .all(page -> client.newIncidentSearchRequest()
                    .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
                    .page(page)
                    .send()
                    .join())
                .forEach(i -> open.add(new Incident(i.getIncidentKey(), String.valueOf(i.getErrorType()),
                        i.getErrorMessage(), i.getElementId(), i.getJobKey() == null ? 0 : i.getJobKey())));
        }
        return List.copyOf(open);
    }

    /** The root instance and every active instance below it. */
    private List<Long> runInstances(long root) {
        List<Long> instances = new ArrayList<>(List.of(root));
        List<Long> parents = List.of(root);
        while (!parents.isEmpty()) {
            List<Long> level = parents;
            parents = SearchPages
                .all(page -> client.newProcessInstanceSearchRequest()
                    .filter(f -> f.parentProcessInstanceKey(k -> k.in(level)).state(ProcessInstanceState.ACTIVE))
                    .page(page)
                    .send()
                    .join())
                .stream()
                .map(ProcessInstance::getProcessInstanceKey)
                .toList();
            instances.addAll(parents);
        }
        return instances;
    }

}
