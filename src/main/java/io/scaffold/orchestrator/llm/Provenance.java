package io.scaffold.orchestrator.llm;

import java.util.Objects;
import java.util.UUID;

/**
 * Who produced an answer, for the report and the audit trail.
 *
 * @param agent the asking agent
 * @param source model, deterministic, or deterministic after a model failed
 * @param provider e.g. {@code openai}, {@code anthropic}, {@code ollama}; null when
 * deterministic
 * @param model the model's name; null when deterministic
 * @param callId the audit record of the model call that answered, or of the last one that
 * failed (FALLBACK); null when no model was called
 * @param reason why the deterministic path answered (FALLBACK), redacted; else null
 */
public record Provenance(AgentRole agent, ProvenanceSource source, String provider, String model, UUID callId,
        String reason) {

    public Provenance {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(source, "source");
    }

    public static Provenance deterministic(AgentRole agent) {
        return new Provenance(agent, ProvenanceSource.DETERMINISTIC, null, null, null, null);
    }

    /**
     * One line for reports, e.g. "openai gpt-4o-mini" or "deterministic (fallback: ...)".
     */
    public String describe() {
        return switch (source) {
            case MODEL -> provider + " " + model;
            case DETERMINISTIC -> "deterministic";
            case FALLBACK -> "deterministic (fallback: " + reason + ")";
        };
    }

}
