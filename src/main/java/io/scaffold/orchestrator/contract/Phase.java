package io.scaffold.orchestrator.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The nine phases of bpmn/scaffold.bpmn in process order: the {@code phaseId} and
 * {@code phaseName} each phase sub-process sets, the agent job types that do its work,
 * and the quality gate that follows it (none after intake and handover).
 * ProcessContractTest binds this registry to the models.
 */
public enum Phase {

    INTAKE("intake", "Intake", null, JobTypes.AGENT_REQUIREMENTS_ANALYZER),
    DOMAIN_ANALYSIS("domain-analysis", "Domain analysis", "domain-approval", JobTypes.AGENT_DOMAIN_ANALYST),
    ARCHITECTURE("architecture", "Architecture", "architecture-review", JobTypes.AGENT_SOLUTION_ARCHITECT),
    DATA_DESIGN("data-design", "Data design", "data-design", JobTypes.AGENT_DATA_ARCHITECT),
    API_DESIGN("api-design", "API design", "api-contract", JobTypes.AGENT_API_DESIGNER),
    IMPLEMENTATION("implementation", "Implementation", "implementation-review", JobTypes.AGENT_CODE_GENERATOR),
    VERIFICATION("verification", "Verification", "verification", JobTypes.AGENT_TEST_ENGINEER), DELIVERY("delivery",
            "Delivery packaging", "release-readiness", JobTypes.AGENT_DEVOPS_ENGINEER, JobTypes.AGENT_PRODUCT_OWNER),
    HANDOVER("handover", "Handover", null, JobTypes.AGENT_HANDOVER_COORDINATOR);

    private final String id;

    private final String displayName;

    private final String gateId;

    private final List<String> agentJobTypes;

    Phase(String id, String displayName, String gateId, String... agentJobTypes) {
        this.id = id;
        this.displayName = displayName;
        this.gateId = gateId;
        this.agentJobTypes = List.of(agentJobTypes);
    }

    /**
     * The {@code phaseId} process variable, also the phase of the artifacts the phase
     * stores.
     */
    public String id() {
        return id;
    }

    /** The {@code phaseName} process variable. */
    public String displayName() {
        return displayName;
    }

    /** The quality gate scoring this phase's output, if one does. */
    public Optional<String> gateId() {
        return Optional.ofNullable(gateId);
    }

    /** The id of the phase's sub-process in bpmn/scaffold.bpmn. */
    public String elementId() {
        return "phase-" + id;
    }

    /** The agents that do the phase's work, in the order the model lists them. */
    public List<String> agentJobTypes() {
        return agentJobTypes;
    }

    public static Phase of(String id) {
        return Arrays.stream(values())
            .filter(p -> p.id.equals(id))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no phase " + id));
    }

    /** The phase an agent job type works for. */
    public static Phase ofAgent(String jobType) {
        return Arrays.stream(values())
            .filter(p -> p.agentJobTypes.contains(jobType))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no phase has the agent " + jobType));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Phase::id).toList();
    }

    /** The ids of all quality gates, in process order. */
    public static List<String> gateIds() {
        return Arrays.stream(values()).flatMap(p -> p.gateId().stream()).toList();
    }

    /** The ids of the gates that come before this phase's own gate, in process order. */
    public List<String> earlierGateIds() {
        return Arrays.stream(values()).filter(p -> p.ordinal() < ordinal()).flatMap(p -> p.gateId().stream()).toList();
    }

}
