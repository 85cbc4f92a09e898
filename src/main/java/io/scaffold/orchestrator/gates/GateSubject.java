package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.contract.GateOutcome;
import io.scaffold.orchestrator.domain.DomainModel;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a gate judges: the generated project of one run.
 *
 * @param runId the run
 * @param projectDir root directory of the generated project
 * @param model the domain model the project was generated from
 * @param earlierGateVerdicts gate id to final outcome of the gates already decided in
 * this run
 */
public record GateSubject(String runId, Path projectDir, DomainModel model,
        Map<String, GateOutcome> earlierGateVerdicts) {

    public GateSubject {
        earlierGateVerdicts = Map.copyOf(earlierGateVerdicts);
    }
}
