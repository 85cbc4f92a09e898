package io.scaffold.orchestrator.handover;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code docs/scaffold/report.json}: what a run did, phase by phase and gate by gate, and
 * what it produced.
 */
public record RunReport(String runId, String status, Long processInstanceKey, String application, String spec,
        String automationLevel, Instant startedAt, Instant generatedAt, List<Phase> phases, List<Gate> gates,
        List<ArtifactEntry> artifacts, List<Waiver> waivers) {

    public record Phase(String id, String name, String status, Instant startedAt, Instant completedAt,
            Long durationMs) {
    }

    /**
     * @param outcome what the attempt finally said: the verdict, APPROVED, REJECTED,
     * CHANGES_REQUESTED or WAIVED (approved below the threshold)
     */
    public record Gate(String gateId, String phase, BigDecimal score, BigDecimal threshold, String verdict, int attempt,
            String decision, String decidedBy, String comment, String outcome, List<Criterion> criteria) {
    }

    /** A gate approved below its threshold. */
    public record Waiver(String gateId, int attempt, String reason, LocalDate expiresAt, String grantedBy,
            Instant grantedAt) {
    }

    public record Criterion(String name, double weight, double score, List<String> findings) {
    }

    public record ArtifactEntry(String path, String type, String phase, String agent, int version, String sha256) {
    }
}
