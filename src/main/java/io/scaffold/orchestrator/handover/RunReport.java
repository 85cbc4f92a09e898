package io.scaffold.orchestrator.handover;

import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code docs/scaffold/report.json}: what a run did, phase by phase and gate by gate, and
 * what it produced, and the decisions it was generated from.
 */
public record RunReport(String runId, String status, Long processInstanceKey, String application, String spec,
        String automationLevel, Instant startedAt, Instant generatedAt, List<Phase> phases, List<Gate> gates,
        List<ArtifactEntry> artifacts, List<DecisionEntry> decisions, List<Waiver> waivers, ModelCalls modelCalls) {

    public record Phase(String id, String name, String status, Instant startedAt, Instant completedAt,
            Long durationMs) {
    }

    /**
     * @param reason why the verdict DMN decided as it did
     * @param outcome what the attempt finally said: the verdict, APPROVED, REJECTED,
     * CHANGES_REQUESTED or WAIVED (approved below the threshold)
     */
    public record Gate(String gateId, String phase, BigDecimal score, BigDecimal threshold, String verdict,
            String reason, int attempt, String decision, String decidedBy, String comment, String outcome,
            List<Criterion> criteria) {
    }

    /** A gate approved below its threshold. */
    public record Waiver(String gateId, int attempt, String reason, LocalDate expiresAt, String grantedBy,
            Instant grantedAt) {
    }

    public record Criterion(String name, double weight, double score, List<ReportedFinding> findings) {
    }

    /**
     * A gate finding as the report lists it.
     *
     * @param location {@code file:line}, {@code file}, or empty when about no file
     * @param proposedChange the decision change that would fix it, or null
     */
    public record ReportedFinding(String ruleId, Severity severity, String location, String message,
            String suggestedAction, DecisionChange proposedChange) {

        static ReportedFinding of(Finding finding) {
            return new ReportedFinding(finding.ruleId(), finding.severity(), finding.location(), finding.message(),
                    finding.suggestedAction(), finding.proposedChange());
        }
    }

    /**
     * A decision as the run ended: its chosen value, where it came from, and which
     * version (1: as derived at intake).
     */
    public record DecisionEntry(String id, String question, String chosen, List<String> options, String source,
            String rationale, boolean assumption, boolean locked, int version, String changedBy) {
    }

    /**
     * @param provenance which model produced the artifact (e.g.
     * {@code openai gpt-4o-mini}), or {@code deterministic}, or
     * {@code deterministic (fallback: <reason>)}
     */
    public record ArtifactEntry(String path, String type, String phase, String agent, int version, String sha256,
            String provenance) {
    }

    /**
     * The run's model calls: how many ended how, per agent and provider, and where the
     * deterministic path answered because the model chain failed.
     */
    public record ModelCalls(List<CallCount> counts, List<Fallback> fallbacks) {
    }

    /**
     * @param outcome OK, REPAIRED, INVALID, ERROR, TIMEOUT or CIRCUIT_OPEN
     */
    public record CallCount(String agent, String provider, String outcome, long calls) {
    }

    /**
     * An artifact the deterministic path produced after the agent's models failed, and
     * why.
     */
    public record Fallback(String path, String agent, String reason) {
    }
}
