package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.llm.ModelCall;
import io.scaffold.orchestrator.llm.ModelCallLog;
import io.scaffold.orchestrator.llm.ModelCallOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The model calls a run made, as recorded (redacted) by the agents. */
@RestController
@RequestMapping("/api/v1/processes/{id}")
class ModelCallController {

    private final VisibleRuns visibleRuns;

    private final ModelCallLog calls;

    ModelCallController(VisibleRuns visibleRuns, ModelCallLog calls) {
        this.visibleRuns = visibleRuns;
        this.calls = calls;
    }

    /**
     * @param agent the agent's key, e.g. {@code domain-analyst}
     * @param questionId shared by the calls for one question (retries, repair, the chain)
     * @param costUsd estimated from the configured price table; null without a price
     */
    record ModelCallView(UUID id, UUID questionId, String agent, String provider, String model, String templateId,
            int templateVersion, int attempt, ModelCallOutcome outcome, Integer inputTokens, Integer outputTokens,
            long latencyMs, BigDecimal costUsd, String error, Instant calledAt, String prompt, String response) {

        static ModelCallView of(ModelCall call) {
            return new ModelCallView(call.id(), call.questionId(), call.agent().key(), call.provider(), call.model(),
                    call.templateId(), call.templateVersion(), call.attempt(), call.outcome(), call.inputTokens(),
                    call.outputTokens(), call.latencyMs(), call.costUsd(), call.error(), call.calledAt(), call.prompt(),
                    call.response());
        }
    }

    @GetMapping("/model-calls")
    @PreAuthorize("hasAuthority('process:read')")
    List<ModelCallView> modelCalls(@PathVariable UUID id) {
        return calls.forRun(visibleRuns.get(id).id()).stream().map(ModelCallView::of).toList();
    }

}
