package io.scaffold.orchestrator.gates.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Expensive work done once per key: the criteria of a gate run as parallel jobs and
 * several of them need the same result (one build, one migrated schema), so concurrent
 * callers for a key wait for the first one's result. A failure is not kept: the next
 * caller tries again. At most {@code capacity} results are kept, the least recently used
 * go first, so that a long-running server does not keep every build it ever ran; an
 * evicted key is simply computed again.
 */
public final class OncePerKey<T> {

    private final Map<String, CompletableFuture<T>> results;

    public OncePerKey(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    public T get(String key, Supplier<T> work) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> running;
        synchronized (results) {
            running = results.putIfAbsent(key, mine);
        }
        if (running == null) {
            try {
                mine.complete(work.get());
            }
            catch (RuntimeException e) {
                synchronized (results) {
                    results.remove(key, mine);
                }
                mine.completeExceptionally(e);
            }
            running = mine;
        }
        try {
            return running.get();
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        }
    }

}
