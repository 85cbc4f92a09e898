package io.scaffold.orchestrator.agents;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.generation.ApiDesignGenerator;
import io.scaffold.orchestrator.generation.ArchitectureGenerator;
import io.scaffold.orchestrator.generation.DataDesignGenerator;
import io.scaffold.orchestrator.generation.DeliveryGenerator;
import io.scaffold.orchestrator.generation.DomainAnalysisGenerator;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.generation.ImplementationGenerator;
import io.scaffold.orchestrator.generation.PhaseGenerator;
import io.scaffold.orchestrator.generation.VerificationGenerator;
import io.scaffold.orchestrator.handover.Handover;
import io.scaffold.orchestrator.runs.JobExecutions;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The agent job workers. Each is a thin adapter: read the run id (and the findings on rework), let
 * {@link PhaseAgents} do the work, report how many artifacts it stored. The phase comes from the job's
 * {@code phaseId} variable, set by the model.
 */
@Component
public class AgentWorkers {

    private final PhaseAgents agents;
    private final Handover handover;
    private final JobExecutions executions;
    private final DeliveryGenerator delivery = new DeliveryGenerator();

    AgentWorkers(PhaseAgents agents, Handover handover, JobExecutions executions) {
        this.agents = agents;
        this.handover = handover;
        this.executions = executions;
    }

    @JobWorker(type = "agent.requirements-analyzer", fetchVariables = {"runId", "phaseId"})
    public Map<String, Object> requirementsAnalyzer(ActivatedJob job) {
        return executions.run(job, phase(job), () -> {
            var model = agents.analyzeRequirements(JobExecutions.runId(job));
            return Map.of("entityCount", model.entities().size());
        });
    }

    @JobWorker(type = "agent.domain-analyst", fetchVariables = {"runId", "phaseId", "findings"})
    public Map<String, Object> domainAnalyst(ActivatedJob job) {
        return generate(job, new DomainAnalysisGenerator());
    }

    @JobWorker(type = "agent.solution-architect", fetchVariables = {"runId", "phaseId", "findings"})
    public Map<String, Object> solutionArchitect(ActivatedJob job) {
        return generate(job, new ArchitectureGenerator());
    }

    @JobWorker(type = "agent.data-architect", fetchVariables = {"runId", "phaseId", "findings"})
    public Map<String, Object> dataArchitect(ActivatedJob job) {
        return generate(job, new DataDesignGenerator());
    }

    @JobWorker(type = "agent.api-designer", fetchVariables = {"runId", "phaseId", "findings"})
    public Map<String, Object> apiDesigner(ActivatedJob job) {
        return generate(job, new ApiDesignGenerator());
    }

    @JobWorker(type = "agent.code-generator", fetchVariables = {"runId", "phaseId", "findings"})
    public Map<String, Object> codeGenerator(ActivatedJob job) {
        return generate(job, new ImplementationGenerator());
    }

    @JobWorker(type = "agent.test-engineer", fetchVariables = {"runId", "phaseId", "findings"})
    public Map<String, Object> testEngineer(ActivatedJob job) {
        return generate(job, new VerificationGenerator());
    }

    @JobWorker(type = "agent.devops-engineer", fetchVariables = {"runId", "phaseId", "findings"})
    public Map<String, Object> devopsEngineer(ActivatedJob job) {
        return generate(job, delivery::generateDevOps);
    }

    @JobWorker(type = "agent.product-owner", fetchVariables = {"runId", "phaseId", "findings"})
    public Map<String, Object> productOwner(ActivatedJob job) {
        return generate(job, delivery::generateProductDocs);
    }

    @JobWorker(type = "agent.handover-coordinator", fetchVariables = {"runId", "phaseId"})
    public Map<String, Object> handoverCoordinator(ActivatedJob job) {
        return executions.run(job, phase(job), () -> {
            var zip = handover.handover(JobExecutions.runId(job), job.getType());
            return Map.of("archive", zip.getFileName().toString());
        });
    }

    private Map<String, Object> generate(ActivatedJob job, PhaseGenerator generator) {
        return generate(job, generator::generate);
    }

    private Map<String, Object> generate(ActivatedJob job,
                                         BiFunction<DomainModel, GenerationContext, List<GeneratedFile>> generator) {
        String phaseId = phase(job);
        return executions.run(job, phaseId, () -> {
            var stored = agents.generate(JobExecutions.runId(job), phaseId, job.getType(), findings(job), generator);
            return Map.of("artifactCount", stored.size());
        });
    }

    private static String phase(ActivatedJob job) {
        Object phaseId = job.getVariable("phaseId");
        if (phaseId == null) {
            throw new IllegalStateException("job " + job.getType() + " has no phaseId variable");
        }
        return phaseId.toString();
    }

    private static List<String> findings(ActivatedJob job) {
        Object findings = job.getVariablesAsMap().get("findings");
        return findings instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
