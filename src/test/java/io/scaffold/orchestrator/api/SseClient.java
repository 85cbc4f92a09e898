package io.scaffold.orchestrator.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads a Server-Sent Events stream over real HTTP, line by line as the server flushes
 * it, as the console's fetch reader does: each message with the moment it arrived.
 */
final class SseClient implements AutoCloseable {

    /**
     * One message: a comment (heartbeat) or an event with its fields; end marks the
     * stream's close.
     */
    record Message(String id, String event, String data, String comment, Instant receivedAt, boolean end) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();

    private final List<Message> received = new CopyOnWriteArrayList<>();

    private final HttpResponse<java.io.InputStream> response;

    private final Thread reader;

    private SseClient(HttpResponse<java.io.InputStream> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    static SseClient open(int port, String path, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = HTTP.send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return new SseClient(response);
    }

    static int status(int port, String path) throws IOException, InterruptedException {
        return HTTP
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding())
            .statusCode();
    }

    /** The next message that matches, skipping others; fails after the timeout. */
    Message next(Duration timeout, Predicate<Message> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Message message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null || message.end()) {
                throw new AssertionError("no wanted message within " + timeout);
            }
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    /**
     * Waits until the server ends the stream, then returns every event it sent, from the
     * first; fails if it does not end in time.
     */
    List<Message> untilEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Message message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("the stream did not end within " + timeout + "; got " + received);
            }
            if (message.end()) {
                return received.stream().filter(m -> m.data() != null).toList();
            }
        }
    }

    private void read() {
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            String data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        arrived(new Message(id, event, data, null, Instant.now(), false));
                    }
                    id = null;
                    event = null;
                    data = null;
                }
                else if (line.startsWith(":")) {
                    arrived(new Message(null, null, null, value(line, 1), Instant.now(), false));
                }
                else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : value(line, colon + 1);
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> event = value;
                        case "data" -> data = data == null ? value : data + "\n" + value;
                        default -> {
                        }
                    }
                }
            }
        }
        catch (IOException e) {
            // closed by close(): the end
        }
        arrived(new Message(null, null, null, null, Instant.now(), true));
    }

    private void arrived(Message message) {
        received.add(message);
        messages.add(message);
    }

    /** A field's value: after the colon, without the one optional space. */
    private static String value(String line, int from) {
        return line.startsWith(" ", from) ? line.substring(from + 1) : line.substring(from);
    }

    @Override
    public void close() throws IOException {
        response.body().close();
        reader.interrupt();
    }

}
