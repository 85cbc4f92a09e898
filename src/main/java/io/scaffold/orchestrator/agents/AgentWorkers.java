package io.scaffold.orchestrator.agents;

import static io.scaffold.orchestrator.contract.ProcessVariables.FINDINGS;
import static io.scaffold.orchestrator.contract.ProcessVariables.RUN_ID;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.generation.DeliveryGenerator;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.generation.PhaseGenerator;
import io.scaffold.orchestrator.runs.JobExecutions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The agent job workers. Each is a thin adapter: read the run id (and the findings on
 * rework), let {@link PhaseAgents} do the work with the phase's generator, report how
 * many artifacts it stored. The phase is the one the {@link Phase} registry gives the job
 * type.
 */
@Component
public class AgentWorkers {

    private final PhaseAgents agents;

    private final JobExecutions executions;

    /** What each agent generates, by agent job type. */
    private final Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> generators = new HashMap<>();

    AgentWorkers(PhaseAgents agents, JobExecutions executions, List<PhaseGenerator> generators,
            DeliveryGenerator delivery) {
        this.agents = agents;
        this.executions = executions;
        // a phase with one agent: the agent runs the phase's generator
        generators.stream()
            .filter(g -> Phase.of(g.phaseId()).agentJobTypes().size() == 1)
            .forEach(g -> this.generators.put(Phase.of(g.phaseId()).agentJobTypes().getFirst(), g::generate));
        this.generators.put(JobTypes.AGENT_DEVOPS_ENGINEER, delivery::generateDevOps);
        this.generators.put(JobTypes.AGENT_PRODUCT_OWNER, delivery::generateProductDocs);
    }

    @JobWorker(type = JobTypes.AGENT_REQUIREMENTS_ANALYZER, fetchVariables = { RUN_ID })
    public Map<String, Object> requirementsAnalyzer(ActivatedJob job) {
        return executions.run(job, Phase.INTAKE.id(), () -> {
            var model = agents.analyzeRequirements(JobExecutions.runId(job));
            return Map.of("entityCount", model.entities().size());
        });
    }

    @JobWorker(type = JobTypes.AGENT_DOMAIN_ANALYST, fetchVariables = { RUN_ID, FINDINGS })
    public Map<String, Object> domainAnalyst(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_SOLUTION_ARCHITECT, fetchVariables = { RUN_ID, FINDINGS })
    public Map<String, Object> solutionArchitect(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_DATA_ARCHITECT, fetchVariables = { RUN_ID, FINDINGS })
    public Map<String, Object> dataArchitect(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_API_DESIGNER, fetchVariables = { RUN_ID, FINDINGS })
    public Map<String, Object> apiDesigner(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_CODE_GENERATOR, fetchVariables = { RUN_ID, FINDINGS })
    public Map<String, Object> codeGenerator(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_TEST_ENGINEER, fetchVariables = { RUN_ID, FINDINGS })
    public Map<String, Object> testEngineer(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_DEVOPS_ENGINEER, fetchVariables = { RUN_ID, FINDINGS })
    public Map<String, Object> devopsEngineer(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_PRODUCT_OWNER, fetchVariables = { RUN_ID, FINDINGS })
    public Map<String, Object> productOwner(ActivatedJob job) {
        return generate(job);
    }

    private Map<String, Object> generate(ActivatedJob job) {
        Phase phase = Phase.ofAgent(job.getType());
        Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> phaseAgents = new HashMap<>();
        phase.agentJobTypes().forEach(agent -> phaseAgents.put(agent, generators.get(agent)));
        return executions.run(job, phase.id(), () -> {
            var stored = agents.generate(JobExecutions.runId(job), phase, job.getType(), findings(job), phaseAgents);
            return Map.of("artifactCount", stored.size());
        });
    }

    private static List<String> findings(ActivatedJob job) {
        Object findings = job.getVariablesAsMap().get(FINDINGS);
        return findings instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

}
