package io.scaffold.orchestrator.handover;

import static io.scaffold.orchestrator.contract.ProcessVariables.RUN_ID;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.runs.JobExecutions;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Phase 9's job worker: a thin adapter to {@link Handover}. */
@Component
public class HandoverWorker {

    private final Handover handover;

    private final JobExecutions executions;

    HandoverWorker(Handover handover, JobExecutions executions) {
        this.handover = handover;
        this.executions = executions;
    }

    @JobWorker(type = JobTypes.AGENT_HANDOVER_COORDINATOR, fetchVariables = RUN_ID)
    public Map<String, Object> handoverCoordinator(ActivatedJob job) {
        return executions.run(job, Phase.HANDOVER.id(), () -> {
            var zip = handover.handover(JobExecutions.runId(job), job.getType());
            return Map.of("archive", zip.getFileName().toString());
        });
    }

}
