package io.scaffold.orchestrator.llm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;

/**
 * The agents with models ({@code scaffold.llm.enabled=true}). A question goes to the
 * providers of the agent's chain in order. At each provider: an attempt within the
 * timeout; after a 429, a 5xx or a timeout further attempts with exponential backoff; an
 * answer that does not validate, bind or pass the agent's check gets one repair round
 * (the problems sent back); a provider whose circuit breaker is open is skipped. When the
 * chain is exhausted the deterministic path answers, and the provenance says why. Every
 * call is recorded and counted; nothing a model does makes {@link #ask} throw.
 */
final class ChainedModelAgents implements ModelAgents {

    private static final Logger log = LoggerFactory.getLogger(ChainedModelAgents.class);

    private final LlmProperties llm;

    private final Map<ProviderKind, ChatProvider> providers;

    private final StructuredAnswers answers;

    private final ModelCallLog calls;

    private final ModelMetrics metrics;

    private final Clock clock;

    ChainedModelAgents(LlmProperties llm, Map<ProviderKind, ChatProvider> providers, StructuredAnswers answers,
            ModelCallLog calls, ModelMetrics metrics, Clock clock) {
        this.llm = llm;
        this.providers = Map.copyOf(providers);
        this.answers = answers;
        this.calls = calls;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public boolean enabled(AgentRole agent) {
        return !llm.chain(agent).isEmpty();
    }

    @Override
    public <T> ModelAnswer<T> ask(ModelQuestion<T> question, Supplier<T> deterministic) {
        List<String> chain = llm.chain(question.agent());
        if (chain.isEmpty()) {
            return new ModelAnswer<>(deterministic.get(), Provenance.deterministic(question.agent()));
        }
        UUID questionId = UUID.randomUUID();
        List<String> failures = new ArrayList<>();
        UUID lastCall = null;
        for (String key : chain) {
            ChatProvider provider = providers.get(ProviderKind.fromKey(key));
            Attempts<T> attempts = new Attempts<>(question, questionId, provider);
            try {
                attempts.run();
            }
            catch (RuntimeException e) { // a bug in a check, the audit store: still no
                                         // stall
                attempts.failure = "unexpected " + e.getClass().getSimpleName() + ": "
                        + Redaction.reason(e.getMessage(), provider.secrets());
                log.warn("asking {} for the {} agent failed unexpectedly", key, question.agent().key(), e);
            }
            if (attempts.value != null) {
                return new ModelAnswer<>(attempts.value, new Provenance(question.agent(), ProvenanceSource.MODEL,
                        provider.kind().key(), provider.model(), attempts.lastCall, null));
            }
            failures.add(provider.kind().key() + " " + attempts.failure);
            lastCall = attempts.lastCall != null ? attempts.lastCall : lastCall;
        }
        String reason = Redaction.reason(String.join("; ", failures), secrets());
        log.warn("the {} agent answers deterministically: {}", question.agent().key(), reason);
        metrics.fallback(question.agent());
        return new ModelAnswer<>(deterministic.get(),
                new Provenance(question.agent(), ProvenanceSource.FALLBACK, null, null, lastCall, reason));
    }

    private List<String> secrets() {
        return providers.values().stream().flatMap(p -> p.secrets().stream()).toList();
    }

    /** The attempts at one provider for one question. */
    private final class Attempts<T> {

        private final ModelQuestion<T> question;

        private final UUID questionId;

        private final ChatProvider provider;

        private final List<Message> conversation = new ArrayList<>();

        private int attempt;

        private T value;

        private String failure;

        private UUID lastCall;

        Attempts(ModelQuestion<T> question, UUID questionId, ChatProvider provider) {
            this.question = question;
            this.questionId = questionId;
            this.provider = provider;
            conversation.add(new SystemMessage(answers.instructions(question)));
            conversation.add(new UserMessage(question.input()));
        }

        void run() {
            int retries = 0;
            boolean repairing = false;
            while (true) {
                attempt++;
                if (!provider.breaker().tryAcquire()) {
                    failure = "skipped: its circuit breaker is open after repeated failures";
                    record(ModelCallOutcome.CIRCUIT_OPEN, null, null, 0, failure);
                    return;
                }
                Instant started = clock.instant();
                ChatProvider.Reply reply;
                try {
                    reply = provider.call(conversation);
                }
                catch (RuntimeException e) {
                    provider.breaker().failed();
                    long latency = Duration.between(started, clock.instant()).toMillis();
                    boolean timeout = timedOut(e);
                    failure = timeout ? "timed out after " + llm.timeout().toMillis() + " ms"
                            : "failed: " + Redaction.reason(e.getMessage(), provider.secrets());
                    record(timeout ? ModelCallOutcome.TIMEOUT : ModelCallOutcome.ERROR, null, null, latency, failure);
                    if (retries < llm.retries() && (timeout || transientFailure(e)) && pause(retries)) {
                        retries++;
                        continue;
                    }
                    return;
                }
                provider.breaker().succeeded();
                long latency = Duration.between(started, clock.instant()).toMillis();
                StructuredAnswers.Reading<T> reading = answers.read(question, reply.text());
                if (reading.valid()) {
                    record(repairing ? ModelCallOutcome.REPAIRED : ModelCallOutcome.OK, reply, reply.text(), latency,
                            null);
                    value = reading.value();
                    return;
                }
                String problems = String.join("\n", reading.problems());
                failure = "answered invalidly" + (repairing ? " after the repair round" : "") + ": "
                        + Redaction.reason(problems, provider.secrets());
                record(ModelCallOutcome.INVALID, reply, reply.text(), latency, failure);
                if (repairing) {
                    return;
                }
                repairing = true;
                conversation.add(new AssistantMessage(reply.text() == null ? "" : reply.text()));
                conversation.add(new UserMessage("That answer is not valid:\n" + problems
                        + "\nAnswer again with the corrected JSON document only."));
            }
        }

        /** Waits before a retry: the backoff, doubled for each earlier retry. */
        private boolean pause(int retriesSoFar) {
            try {
                Thread.sleep(llm.backoff().multipliedBy(1L << Math.min(retriesSoFar, 16)));
                return true;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure + "; interrupted while waiting to retry";
                return false;
            }
        }

        private void record(ModelCallOutcome outcome, ChatProvider.Reply reply, String response, long latencyMs,
                String error) {
            List<String> secrets = provider.secrets();
            Integer input = reply == null ? null : reply.inputTokens();
            Integer output = reply == null ? null : reply.outputTokens();
            ModelCall call = new ModelCall(UUID.randomUUID(), questionId, question.runId(), question.agent(),
                    provider.kind().key(), provider.model(), question.template().id(), question.template().version(),
                    attempt, Redaction.secrets(rendered(conversation), secrets), Redaction.secrets(response, secrets),
                    input, output, latencyMs, cost(provider.model(), input, output), outcome, error, clock.instant());
            lastCall = call.id();
            metrics.call(call);
            if (!outcome.answered()) {
                log.warn("model call {} of the {} agent to {} {}: {}", outcome, question.agent().key(),
                        provider.kind().key(), provider.model(), error);
            }
            try {
                calls.insert(call);
            }
            catch (RuntimeException e) {
                log.warn("the model call {} could not be recorded: {}", call.id(),
                        Redaction.reason(e.getMessage(), secrets));
            }
        }

    }

    /** The estimated cost from the price table, or null when the model has no price. */
    private BigDecimal cost(String model, Integer inputTokens, Integer outputTokens) {
        LlmProperties.Price price = llm.prices().get(model);
        if (price == null || inputTokens == null || outputTokens == null) {
            return null;
        }
        BigDecimal input = price.inputPerMillion() == null ? BigDecimal.ZERO
                : price.inputPerMillion().multiply(BigDecimal.valueOf(inputTokens));
        BigDecimal output = price.outputPerMillion() == null ? BigDecimal.ZERO
                : price.outputPerMillion().multiply(BigDecimal.valueOf(outputTokens));
        return input.add(output).divide(BigDecimal.valueOf(1_000_000), MathContext.DECIMAL64);
    }

    /** The conversation as sent, one block per message. */
    private static String rendered(List<Message> conversation) {
        StringBuilder text = new StringBuilder();
        for (Message message : conversation) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(message.getMessageType().getValue()).append(":\n").append(message.getText());
        }
        return text.toString();
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientFailure(RuntimeException e) {
        return e instanceof ProviderException failure && failure.transientFailure();
    }

}
