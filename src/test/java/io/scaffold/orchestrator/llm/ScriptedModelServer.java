package io.scaffold.orchestrator.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language-model provider in the test JVM that speaks one real wire format (OpenAI chat
 * completions, Anthropic messages or Ollama chat) to the real Spring AI clients, with
 * scripted replies.
 * <p>
 * Replies are chosen by the prompt template the request was made with: the model agents
 * put {@code template: <id> v<version>} on the first line of the system prompt
 * ({@link ChatProvider#TEMPLATE_LINE}), and {@link #script} binds steps to a template id.
 * A template's steps are used in order, the last one repeating; a template without a
 * script gets the {@link #otherwise} step (by default a 500 that names the template).
 * Steps: {@link Step#answer} (the assistant's text; may be invalid JSON to exercise the
 * repair round), {@link Step#status} (an error status with a body), {@link Step#hang}
 * (never answers until the server closes). Every request is recorded ({@link #requests}).
 * <pre>
 * try (var server = ScriptedModelServer.start(WireFormat.OPENAI)) {
 *     server.script("requirements.domain", Step.status(429), Step.answer("{...}"));
 *     // spring.ai.openai.base-url = server.baseUrl()
 * }
 * </pre>
 */
public final class ScriptedModelServer implements AutoCloseable {

    /** The three wire formats the providers speak. */
    public enum WireFormat {

        /** {@code POST /v1/chat/completions}: OpenAI and compatible servers. */
        OPENAI("/v1/chat/completions"),
        /** {@code POST /v1/messages}: Anthropic. */
        ANTHROPIC("/v1/messages"),
        /** {@code POST /api/chat}: Ollama. */
        OLLAMA("/api/chat");

        private final String path;

        WireFormat(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

    }

    /** What the server does with one request. */
    public sealed interface Step {

        /** Answers with the assistant text the function makes of the request. */
        record Answer(Function<Request, String> content) implements Step {
        }

        /** Answers with an error status and body. */
        record Status(int code, String body) implements Step {
        }

        /** Never answers (until the server closes). */
        record Hang() implements Step {
        }

        static Step answer(String content) {
            return new Answer(request -> content);
        }

        static Step answer(Function<Request, String> content) {
            return new Answer(content);
        }

        static Step status(int code) {
            return new Status(code, "{\"error\": {\"message\": \"scripted status " + code + "\"}}");
        }

        static Step status(int code, String body) {
            return new Status(code, body);
        }

        static Step hang() {
            return new Hang();
        }

    }

    /**
     * One recorded request.
     *
     * @param templateId the template id named on the system prompt's first line, or null
     * @param templateVersion its version, or 0
     * @param system the system prompt
     * @param userMessages the user messages in order (the input, then any repair request)
     * @param headers the request headers, names in lower case
     * @param body the raw JSON body
     */
    public record Request(String templateId, int templateVersion, String system, List<String> userMessages,
            Map<String, String> headers, JsonNode body) {

        /**
         * The last user message: the input, or the repair request after an invalid
         * answer.
         */
        public String lastUserMessage() {
            return userMessages.isEmpty() ? "" : userMessages.getLast();
        }

    }

    private static final Pattern TEMPLATE = Pattern.compile("^template: (\\S+) v(\\d+)");

    private final ObjectMapper json = new ObjectMapper();

    private final WireFormat format;

    private final HttpServer server;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private final CountDownLatch closed = new CountDownLatch(1);

    private final Map<String, Deque<Step>> scripts = new HashMap<>();

    private volatile Step otherwise = null;

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private ScriptedModelServer(WireFormat format) throws IOException {
        this.format = format;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext(format.path(), this::handle);
        server.start();
    }

    public static ScriptedModelServer start(WireFormat format) {
        try {
            return new ScriptedModelServer(format);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL for the provider's {@code base-url} property (without a path). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public WireFormat format() {
        return format;
    }

    /**
     * Binds steps to a template id (replacing its earlier script); the last one repeats.
     */
    public synchronized ScriptedModelServer script(String templateId, Step... steps) {
        if (steps.length == 0) {
            throw new IllegalArgumentException("a script needs at least one step");
        }
        scripts.put(templateId, new ArrayDeque<>(List.of(steps)));
        return this;
    }

    /** The step for every template without a script (e.g. a provider that is down). */
    public ScriptedModelServer otherwise(Step step) {
        this.otherwise = step;
        return this;
    }

    /** The requests received so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests received so far that were made with the template. */
    public List<Request> requests(String templateId) {
        return requests.stream().filter(r -> templateId.equals(r.templateId())).toList();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = parse(exchange);
            requests.add(request);
            Step step = next(request.templateId());
            switch (step) {
                case Step.Answer answer -> send(exchange, 200, reply(request, answer.content().apply(request)));
                case Step.Status status -> send(exchange, status.code(), status.body());
                case Step.Hang hang -> {
                    try {
                        closed.await();
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }

    private synchronized Step next(String templateId) {
        Deque<Step> script = templateId == null ? null : scripts.get(templateId);
        if (script == null) {
            return otherwise != null ? otherwise
                    : Step.status(500, "{\"error\": {\"message\": \"no script for template " + templateId + "\"}}");
        }
        return script.size() > 1 ? script.removeFirst() : script.getFirst();
    }

    private Request parse(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody());
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders()
            .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        StringBuilder system = new StringBuilder();
        List<String> users = new ArrayList<>();
        if (format == WireFormat.ANTHROPIC) {
            system.append(text(body.path("system")));
        }
        for (JsonNode message : body.path("messages")) {
            String role = message.path("role").asText();
            if ("system".equals(role)) {
                system.append(text(message.path("content")));
            }
            else if ("user".equals(role)) {
                users.add(text(message.path("content")));
            }
        }
        Matcher template = TEMPLATE.matcher(system);
        return template.find() ? new Request(template.group(1), Integer.parseInt(template.group(2)), system.toString(),
                users, headers, body) : new Request(null, 0, system.toString(), users, headers, body);
    }

    /**
     * A string, or the text of an array of content blocks ({@code {type: text, text}}).
     */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            text.append(block.path("text").asText());
        }
        return text.toString();
    }

    private String reply(Request request, String content) throws IOException {
        int inputTokens = tokens(request.system()) + request.userMessages().stream().mapToInt(m -> tokens(m)).sum();
        int outputTokens = tokens(content);
        String model = request.body().path("model").asText();
        Map<String, Object> reply = switch (format) {
            case OPENAI -> Map.of("id", "chatcmpl-" + requests.size(), "object", "chat.completion", "created",
                    1_700_000_000, "model", model, "choices",
                    List.of(Map.of("index", 0, "finish_reason", "stop", "message",
                            Map.of("role", "assistant", "content", content))),
                    "usage", Map.of("prompt_tokens", inputTokens, "completion_tokens", outputTokens, "total_tokens",
                            inputTokens + outputTokens));
            case ANTHROPIC -> Map.of("id", "msg_" + requests.size(), "type", "message", "role", "assistant", "model",
                    model, "content", List.of(Map.of("type", "text", "text", content)), "stop_reason", "end_turn",
                    "usage", Map.of("input_tokens", inputTokens, "output_tokens", outputTokens));
            case OLLAMA -> Map.of("model", model, "created_at", "2026-01-01T00:00:00Z", "message",
                    Map.of("role", "assistant", "content", content), "done", true, "done_reason", "stop",
                    "prompt_eval_count", inputTokens, "eval_count", outputTokens);
        };
        return json.writeValueAsString(reply);
    }

    /** Roughly four characters a token, as the providers count English. */
    private static int tokens(String text) {
        return Math.max(1, text.length() / 4);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

}
