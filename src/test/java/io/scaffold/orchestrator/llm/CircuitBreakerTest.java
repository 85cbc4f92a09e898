package io.scaffold.orchestrator.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {

        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

    }

    final TestClock clock = new TestClock();

    final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

    @Test
    void opensAfterConsecutiveFailuresOnly() {
        breaker.failed();
        breaker.failed();
        breaker.succeeded(); // a success in between starts the count again
        breaker.failed();
        breaker.failed();
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.failed();

        assertThat(breaker.open()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void halfOpensAfterTheWaitForOneTrialCall() {
        breaker.failed();
        breaker.failed();
        breaker.failed();
        clock.now = clock.now.plusSeconds(31);

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).as("one trial at a time").isFalse();
        breaker.failed(); // the trial failed: open again for the whole wait
        assertThat(breaker.tryAcquire()).isFalse();
        clock.now = clock.now.plusSeconds(31);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.succeeded();
        assertThat(breaker.open()).isFalse();
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isTrue();
    }

}
