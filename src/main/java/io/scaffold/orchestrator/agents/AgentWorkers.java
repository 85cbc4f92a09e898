package io.scaffold.orchestrator.agents;

import static io.scaffold.orchestrator.contract.ProcessVariables.AUTOMATION_LEVEL;
import static io.scaffold.orchestrator.contract.ProcessVariables.COMMENT;
import static io.scaffold.orchestrator.contract.ProcessVariables.DECIDED_BY;
import static io.scaffold.orchestrator.contract.ProcessVariables.DECISION_CHANGES;
import static io.scaffold.orchestrator.contract.ProcessVariables.FINDINGS;
import static io.scaffold.orchestrator.contract.ProcessVariables.RUN_ID;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.contract.AutomationLevel;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.generation.DeliveryGenerator;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.generation.PhaseGenerator;
import io.scaffold.orchestrator.runs.JobExecutions;
import io.scaffold.orchestrator.runs.JobExecutions.ExpectedFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The agent job workers. Each is a thin adapter: read the run id (and on rework the
 * structured findings, the approver's decision changes and comment, the automation
 * level), let {@link PhaseAgents} do the work with the phase's generator, report how many
 * artifacts it stored. The phase is the one the {@link Phase} registry gives the job
 * type.
 */
@Component
public class AgentWorkers {

    private final PhaseAgents agents;

    private final JobExecutions executions;

    private final ObjectMapper json;

    /** What each agent generates, by agent job type. */
    private final Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> generators = new HashMap<>();

    AgentWorkers(PhaseAgents agents, JobExecutions executions, ObjectMapper json, List<PhaseGenerator> generators,
            DeliveryGenerator delivery) {
        this.agents = agents;
        this.executions = executions;
        this.json = json;
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

    @JobWorker(type = JobTypes.AGENT_DOMAIN_ANALYST,
            fetchVariables = { RUN_ID, FINDINGS, DECISION_CHANGES, COMMENT, DECIDED_BY, AUTOMATION_LEVEL })
    public Map<String, Object> domainAnalyst(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_SOLUTION_ARCHITECT,
            fetchVariables = { RUN_ID, FINDINGS, DECISION_CHANGES, COMMENT, DECIDED_BY, AUTOMATION_LEVEL })
    public Map<String, Object> solutionArchitect(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_DATA_ARCHITECT,
            fetchVariables = { RUN_ID, FINDINGS, DECISION_CHANGES, COMMENT, DECIDED_BY, AUTOMATION_LEVEL })
    public Map<String, Object> dataArchitect(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_API_DESIGNER,
            fetchVariables = { RUN_ID, FINDINGS, DECISION_CHANGES, COMMENT, DECIDED_BY, AUTOMATION_LEVEL })
    public Map<String, Object> apiDesigner(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_CODE_GENERATOR,
            fetchVariables = { RUN_ID, FINDINGS, DECISION_CHANGES, COMMENT, DECIDED_BY, AUTOMATION_LEVEL })
    public Map<String, Object> codeGenerator(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_TEST_ENGINEER,
            fetchVariables = { RUN_ID, FINDINGS, DECISION_CHANGES, COMMENT, DECIDED_BY, AUTOMATION_LEVEL })
    public Map<String, Object> testEngineer(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_DEVOPS_ENGINEER,
            fetchVariables = { RUN_ID, FINDINGS, DECISION_CHANGES, COMMENT, DECIDED_BY, AUTOMATION_LEVEL })
    public Map<String, Object> devopsEngineer(ActivatedJob job) {
        return generate(job);
    }

    @JobWorker(type = JobTypes.AGENT_PRODUCT_OWNER,
            fetchVariables = { RUN_ID, FINDINGS, DECISION_CHANGES, COMMENT, DECIDED_BY, AUTOMATION_LEVEL })
    public Map<String, Object> productOwner(ActivatedJob job) {
        return generate(job);
    }

    private Map<String, Object> generate(ActivatedJob job) {
        Phase phase = Phase.ofAgent(job.getType());
        Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> phaseAgents = new HashMap<>();
        phase.agentJobTypes().forEach(agent -> phaseAgents.put(agent, generators.get(agent)));
        return executions.run(job, phase.id(), () -> {
            var stored = agents.generate(JobExecutions.runId(job), phase, job.getType(), rework(job), phaseAgents);
            return Map.of("artifactCount", stored.size());
        });
    }

    /**
     * The rework the job carries, in the contract's shapes: {@code findings} as
     * {@link Finding}s, {@code decisionChanges} as {@link DecisionChange}s.
     */
    private Rework rework(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        return new Rework(list(variables.get(FINDINGS), Finding.class),
                list(variables.get(DECISION_CHANGES), DecisionChange.class),
                variables.get(COMMENT) instanceof String comment ? comment : null,
                variables.get(DECIDED_BY) instanceof String decidedBy ? decidedBy : null,
                variables.get(AUTOMATION_LEVEL) instanceof String level ? AutomationLevel.of(level) : Optional.empty());
    }

    private <T> List<T> list(Object value, Class<T> type) {
        if (!(value instanceof List<?> items)) {
            return List.of();
        }
        try {
            return items.stream().map(item -> json.convertValue(item, type)).toList();
        }
        catch (IllegalArgumentException e) {
            throw new ExpectedFailure("the rework job's " + type.getSimpleName() + " list does not have the "
                    + "contract's shape (quality-gate.bpmn rework mapping): " + e.getMessage());
        }
    }

}
