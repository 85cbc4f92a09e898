package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.runs.PhaseRecord;
import io.scaffold.orchestrator.runs.PhaseStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an interrupted run continues, on the real bpmn/scaffold.bpmn: the phase element
 * ids the contract names exist, and the element after each phase comes from the model.
 */
class ResumePointTest {

    private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(Path.of("bpmn", "scaffold.bpmn").toFile());

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void everyPhaseOfTheContractIsASubProcessOfTheModel() {
        for (Phase phase : Phase.values()) {
            assertThat(MODEL.<SubProcess>getModelElementById(phase.elementId())).as(phase.elementId())
                .isInstanceOf(SubProcess.class);
        }
    }

    @Test
    void aRunWithoutPhasesStartsFromTheFirstElementAfterTheStartEvent() {
        assertThat(ResumePoint.elementId(List.of(), MODEL, ScaffoldRuns.PROCESS_ID)).isEqualTo("phase-intake");
    }

    @Test
    void aPhaseThatDidNotCompleteRunsAgain() {
        List<PhaseRecord> recorded = List.of(completed(Phase.INTAKE, 0), completed(Phase.DOMAIN_ANALYSIS, 1),
                running(Phase.ARCHITECTURE, 2));
        assertThat(ResumePoint.elementId(recorded, MODEL, ScaffoldRuns.PROCESS_ID)).isEqualTo("phase-architecture");
    }

    @Test
    void afterTheLastCompletedPhaseComesWhatTheModelSaysFollowsIt() {
        assertThat(ResumePoint.elementId(List.of(completed(Phase.INTAKE, 0), completed(Phase.DOMAIN_ANALYSIS, 1)),
                MODEL, ScaffoldRuns.PROCESS_ID))
            .as("its gate, which did not record a verdict yet")
            .isEqualTo("gate-domain-analysis");
        assertThat(ResumePoint.elementId(List.of(completed(Phase.INTAKE, 0)), MODEL, ScaffoldRuns.PROCESS_ID))
            .as("intake has no gate: the clarifying questions follow it")
            .isEqualTo("prepare-clarifying-questions");
        assertThat(ResumePoint.elementId(List.of(completed(Phase.INTAKE, 0), completed(Phase.HANDOVER, 8)), MODEL,
                ScaffoldRuns.PROCESS_ID))
            .isEqualTo("record-completion");
    }

    private static PhaseRecord completed(Phase phase, int minute) {
        return new PhaseRecord(phase.id(), phase.displayName(), PhaseStatus.COMPLETED, T0.plusSeconds(60L * minute),
                T0.plusSeconds(60L * minute + 30));
    }

    private static PhaseRecord running(Phase phase, int minute) {
        return new PhaseRecord(phase.id(), phase.displayName(), PhaseStatus.RUNNING, T0.plusSeconds(60L * minute),
                null);
    }

}
