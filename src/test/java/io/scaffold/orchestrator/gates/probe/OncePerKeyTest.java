package io.scaffold.orchestrator.gates.probe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OncePerKeyTest {

    @Test
    void concurrentCallersForOneKeyShareOneRun() throws Exception {
        OncePerKey<String> once = new OncePerKey<>(4);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> once.get("build", () -> {
                    runs.incrementAndGet();
                    await(release);
                    return "result";
                })));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("result");
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailureIsNotKept() {
        OncePerKey<String> once = new OncePerKey<>(4);

        assertThatThrownBy(() -> once.get("k", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(once.get("k", () -> "second try")).isEqualTo("second try");
    }

    @Test
    void keepsAtMostCapacityResultsDroppingTheLeastRecentlyUsed() {
        OncePerKey<String> once = new OncePerKey<>(2);
        AtomicInteger runs = new AtomicInteger();

        once.get("a", () -> "a" + runs.incrementAndGet());
        once.get("b", () -> "b" + runs.incrementAndGet());
        assertThat(once.get("a", () -> "a" + runs.incrementAndGet())).isEqualTo("a1"); // kept;
                                                                                       // now
                                                                                       // the
                                                                                       // most
                                                                                       // recent
        once.get("c", () -> "c" + runs.incrementAndGet()); // evicts b, the least recently
                                                           // used

        assertThat(once.get("a", () -> "a" + runs.incrementAndGet())).isEqualTo("a1");
        assertThat(once.get("b", () -> "b" + runs.incrementAndGet())).isEqualTo("b4");
        assertThat(runs).hasValue(4);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
