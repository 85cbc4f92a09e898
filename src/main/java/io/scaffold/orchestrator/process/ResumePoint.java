package io.scaffold.orchestrator.process;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.runs.PhaseRecord;
import io.scaffold.orchestrator.runs.PhaseStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Where an interrupted run continues: the element of the process model a new instance
 * starts before. The recorded phases say how far the run got, the model what comes next;
 * no phase order is written here.
 * <ul>
 * <li>a phase that started and did not complete: that phase again (its workers are
 * idempotent);</li>
 * <li>else the element that follows the phase that started last (its gate, or the steps
 * between it and the next phase);</li>
 * <li>no phase recorded: the element that follows the process's start event.</li>
 * </ul>
 */
final class ResumePoint {

    private ResumePoint() {
    }

    static String elementId(List<PhaseRecord> recorded, BpmnModelInstance model, String processId) {
        var unfinished = recorded.stream()
            .filter(phase -> phase.status() != PhaseStatus.COMPLETED)
            .max(Comparator.comparing(PhaseRecord::startedAt));
        if (unfinished.isPresent()) {
            return Phase.of(unfinished.get().phaseId()).elementId();
        }
        var lastCompleted = recorded.stream().max(Comparator.comparing(PhaseRecord::startedAt));
        if (lastCompleted.isPresent()) {
            String phaseElement = Phase.of(lastCompleted.get().phaseId()).elementId();
            FlowNode phase = model.getModelElementById(phaseElement);
            if (phase == null) {
                throw new IllegalStateException("the process model has no element " + phaseElement);
            }
            return next(phase);
        }
        StartEvent start = model.getModelElementsByType(StartEvent.class)
            .stream()
            .filter(event -> event.getParentElement() instanceof Process process && process.getId().equals(processId))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("process " + processId + " has no start event"));
        return next(start);
    }

    private static String next(FlowNode node) {
        Collection<SequenceFlow> outgoing = node.getOutgoing();
        if (outgoing.size() != 1) {
            throw new IllegalStateException("cannot tell where to resume after " + node.getId() + ": it has "
                    + outgoing.size() + " outgoing sequence flows, expected one");
        }
        return outgoing.iterator().next().getTarget().getId();
    }

}
