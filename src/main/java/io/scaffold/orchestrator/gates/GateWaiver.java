package io.scaffold.orchestrator.gates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A gate approved below its threshold: the person who let it through, why, and the day
 * the waiver ends (after which the finding it excused should have been fixed).
 */
public record GateWaiver(UUID runId, String gateId, int attempt, String reason, LocalDate expiresAt, String grantedBy,
        Instant grantedAt) {
}
