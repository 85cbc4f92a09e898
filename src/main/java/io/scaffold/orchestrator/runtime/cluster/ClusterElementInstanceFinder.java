package io.scaffold.orchestrator.runtime.cluster;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ProcessInstance;
import io.scaffold.orchestrator.process.ElementInstanceFinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Element instances of a run on a Camunda cluster, through its search API: the run's
 * instance and, level by level, every instance it called (running or ended) by parent
 * process instance key, then the element instances of each (a multi-instance element
 * counts its instances, not the body that holds them).
 */
final class ClusterElementInstanceFinder implements ElementInstanceFinder {

    private final CamundaClient client;

    ClusterElementInstanceFinder(CamundaClient client) {
        this.client = client;
    }

    @Override
    public List<Instance> instances(long rootProcessInstanceKey) {
        List<Instance> instances = new ArrayList<>();
        List<ProcessInstance> level = SearchPages.all(page -> client.newProcessInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(rootProcessInstanceKey))
            .page(page)
            .send()
            .join());
        while (!level.isEmpty()) {
            List<Long> parents = new ArrayList<>();
            for (ProcessInstance instance : level) {
                long key = instance.getProcessInstanceKey();
                long calledBy = key == rootProcessInstanceKey || instance.getParentElementInstanceKey() == null ? 0
                        : instance.getParentElementInstanceKey();
                instances.add(new Instance(key, instance.getProcessDefinitionId(), calledBy, elements(key)));
                parents.add(key);
            }
            level = SearchPages
                .all(page -> client.newProcessInstanceSearchRequest()
                    .filter(f -> f.parentProcessInstanceKey(k -> k.in(parents)))
                    .page(page)
                    .send()
                    .join())
                .stream()
                .sorted(Comparator.comparing(ProcessInstance::getProcessInstanceKey))
                .toList();
        }
        return List.copyOf(instances);
    }

    private List<ElementInstance> elements(long processInstanceKey) {
        return SearchPages
            .all(page -> client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey))
                .page(page)
                .send()
                .join())
            .stream()
            .sorted(Comparator.comparing(e -> e.getElementInstanceKey()))
            .filter(e -> e.getType() != ElementInstanceType.PROCESS
                    && e.getType() != ElementInstanceType.MULTI_INSTANCE_BODY)
            .map(e -> new ElementInstance(e.getElementInstanceKey(), e.getElementId(),
                    state(e.getState(), Boolean.TRUE.equals(e.getIncident()))))
            .toList();
    }

    private static ElementState state(ElementInstanceState state, boolean incident) {
        return switch (state) {
            case COMPLETED -> ElementState.COMPLETED;
            case TERMINATED -> ElementState.TERMINATED;
            default -> incident ? ElementState.INCIDENT : ElementState.ACTIVE;
        };
    }

}
