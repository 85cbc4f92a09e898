package io.scaffold.orchestrator.llm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One call to a model, as recorded (table {@code model_calls}); prompt, response and
 * error are redacted.
 *
 * @param questionId shared by the calls made for one question (retries, repair, the
 * chain)
 * @param runId the run, or null when the call was made before one existed
 * @param attempt the attempt at this provider for this question: 1, then each retry and
 * the repair round
 * @param prompt the rendered conversation sent (system prompt, input, repair requests)
 * @param response the model's answer, or null when none came
 * @param inputTokens as the provider counted them, or null when unknown
 * @param costUsd estimated from the configured price table, or null when the model has no
 * price
 * @param error what went wrong (outcomes other than OK), redacted; else null
 */
public record ModelCall(UUID id, UUID questionId, UUID runId, AgentRole agent, String provider, String model,
        String templateId, int templateVersion, int attempt, String prompt, String response, Integer inputTokens,
        Integer outputTokens, long latencyMs, BigDecimal costUsd, ModelCallOutcome outcome, String error,
        Instant calledAt) {
}
