package io.scaffold.orchestrator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.runs.EventType;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.runs.RunEventLog;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events of runs' event logs: each stream gets every event of its run as soon
 * as the transaction that recorded it committed ({@link RunEventLog} publishes it then),
 * after the stored events later than where the client left off. One virtual thread per
 * stream sends, so a slow client never holds up the worker that recorded the event.
 */
@Component
class RunEventStreams {

    static final String EVENT_NAME = "run-event";

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    /** After one of these a run records nothing more: the stream ends. */
    static final Set<EventType> FINAL = Set.of(EventType.ProcessCompleted, EventType.ProcessFailed,
            EventType.ProcessCancelled);

    private final RunEventLog log;

    private final ObjectMapper json;

    private final Map<UUID, Set<Stream>> streams = new ConcurrentHashMap<>();

    RunEventStreams(RunEventLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    /**
     * Opens a stream of the run's events later than {@code after} (0: all of them); the
     * caller has checked the run is visible to whoever asks.
     */
    SseEmitter open(UUID runId, long after) {
        // no timeout: a run may wait days for an approval; heartbeats find dead clients
        SseEmitter emitter = new SseEmitter(0L);
        Stream stream = new Stream(runId, emitter);
        // subscribe before reading the log, so an event committed in between is queued,
        // not lost; events sent twice are skipped by id
        streams.computeIfAbsent(runId, id -> new CopyOnWriteArraySet<>()).add(stream);
        emitter.onCompletion(() -> close(stream));
        emitter.onTimeout(() -> close(stream));
        emitter.onError(error -> close(stream));
        Thread.ofVirtual().name("sse-" + runId).start(() -> stream.run(after));
        return emitter;
    }

    @EventListener
    void recorded(RunEvent event) {
        streams.getOrDefault(event.runId(), Set.of()).forEach(stream -> stream.queue.add(event));
    }

    private void close(Stream stream) {
        stream.closed = true;
        streams.computeIfPresent(stream.runId, (id, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
    }

    private final class Stream {

        private final UUID runId;

        private final SseEmitter emitter;

        private final BlockingQueue<RunEvent> queue = new LinkedBlockingQueue<>();

        private final Set<Long> sent = new HashSet<>();

        private volatile boolean closed;

        Stream(UUID runId, SseEmitter emitter) {
            this.runId = runId;
            this.emitter = emitter;
        }

        void run(long after) {
            try {
                boolean ended = sendStored(after);
                while (!ended && !closed) {
                    RunEvent recorded = queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                    if (recorded == null) {
                        emitter.send(SseEmitter.event().comment("heartbeat"));
                        continue;
                    }
                    queue.clear();
                    // sent as stored (jsonb payload, database time), exactly as GET
                    // /events
                    // serves it; reading from where the stream began also catches an
                    // event whose transaction committed after that of a later one
                    ended = sendStored(after);
                }
                emitter.complete();
            }
            catch (IOException | IllegalStateException e) {
                // the client went away (or the response is already done): nothing to tell
                // it
                close(this);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                emitter.complete();
            }
        }

        /**
         * @return whether the run's final event is among those stored
         */
        private boolean sendStored(long after) throws IOException {
            boolean ended = false;
            for (RunEvent event : log.forRun(runId, after)) {
                send(event);
                ended |= FINAL.contains(event.type());
            }
            return ended;
        }

        private void send(RunEvent event) throws IOException {
            if (!sent.add(event.id())) {
                return;
            }
            emitter.send(SseEmitter.event()
                .id(Long.toString(event.id()))
                .name(EVENT_NAME)
                .data(line(RunHistoryController.EventView.of(event, json))));
        }

        private String line(RunHistoryController.EventView view) {
            try {
                return json.writeValueAsString(view);
            }
            catch (JsonProcessingException e) {
                throw new IllegalStateException("event " + view.id() + " is not serialisable", e);
            }
        }

    }

}
