package io.scaffold.orchestrator.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A provider's circuit breaker: after {@code failureThreshold} consecutive failures it
 * opens and no call goes through for {@code openFor}; then one trial call may
 * (half-open): its success closes the breaker, its failure opens it again.
 */
final class CircuitBreaker {

    private final int failureThreshold;

    private final Duration openFor;

    private final Clock clock;

    private int consecutiveFailures;

    private Instant openUntil;

    private boolean trialInFlight;

    CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException(
                    "scaffold.llm.circuit-breaker.failure-threshold must be 1 or more, got " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /**
     * Whether a call may go through now; a half-open breaker lets one trial call through.
     */
    synchronized boolean tryAcquire() {
        if (openUntil == null) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        openUntil = null;
        trialInFlight = false;
    }

    synchronized void failed() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= failureThreshold) {
            openUntil = clock.instant().plus(openFor);
        }
        trialInFlight = false;
    }

    synchronized boolean open() {
        return openUntil != null;
    }

}
