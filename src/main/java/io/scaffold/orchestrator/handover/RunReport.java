package io.scaffold.orchestrator.handover;

import io.scaffold.orchestrator.gates.Finding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code docs/scaffold/report.json}: what a run did, phase by phase and gate by gate, and
 * what it produced.
 */
public record RunReport(String runId, String status, Long processInstanceKey, String application, String spec,
        String automationLevel, Instant startedAt, Instant generatedAt, List<Phase> phases, List<Gate> gates,
        List<ArtifactEntry> artifacts) {

    public record Phase(String id, String name, String status, Instant startedAt, Instant completedAt,
            Long durationMs) {
    }

    public record Gate(String gateId, String phase, BigDecimal score, BigDecimal threshold, String verdict, int attempt,
            String decision, String decidedBy, String comment, List<Criterion> criteria) {
    }

    public record Criterion(String name, double weight, double score, List<Finding> findings) {
    }

    public record ArtifactEntry(String path, String type, String phase, String agent, int version, String sha256) {
    }
}
