package io.scaffold.orchestrator.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium driven by playwright-core
 * ({@code src/test/browser/driver.mjs} in a Node child process), for the console's
 * browser tests and benchmark: the scenario and its assertions stay in Java, each method
 * is one browser command. Selectors are CSS and strict: an action on a selector that
 * matches several elements fails.
 */
public final class ChromiumBrowser implements AutoCloseable {

    /** Where Debian's chromium package puts the browser. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final String INSTALL_HINT = "run `tools/install-ci-tools.sh` as root (it installs Debian's "
            + "chromium and the npm packages of src/test/browser)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process node;

    private final Writer commands;

    private final BufferedReader answers;

    private final Path driverLog;

    private long lastId;

    private ChromiumBrowser(Process node, Path driverLog) {
        this.node = node;
        this.driverLog = driverLog;
        this.commands = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Why no browser test can run here, or empty when Chromium is installed. */
    public static Optional<String> unavailable() {
        return Files.isExecutable(CHROMIUM) ? Optional.empty() : Optional
            .of("no Chromium at " + CHROMIUM + ", the console's browser tests are skipped: " + INSTALL_HINT);
    }

    /**
     * Starts Chromium with a fresh profile.
     * @param project the repository's root folder
     * @param defaultTimeout how long an action or wait may take unless it says otherwise
     * @param driverLog where the driver's and Chromium's own messages go
     */
    public static ChromiumBrowser launch(Path project, Duration defaultTimeout, Path driverLog) {
        Path browserDir = project.resolve("src/test/browser");
        if (!Files.isDirectory(browserDir.resolve("node_modules/playwright-core"))) {
            throw new AssertionError(
                    "playwright-core is missing in " + browserDir.resolve("node_modules") + ": " + INSTALL_HINT);
        }
        try {
            Files.createDirectories(driverLog.getParent());
            Process node = new ProcessBuilder(node(), browserDir.resolve("driver.mjs").toString(), CHROMIUM.toString(),
                    Long.toString(defaultTimeout.toMillis()))
                .directory(browserDir.toFile())
                .redirectError(driverLog.toFile())
                .start();
            ChromiumBrowser browser = new ChromiumBrowser(node, driverLog);
            browser.call(command("url"));
            return browser;
        }
        catch (IOException e) {
            throw new UncheckedIOException("could not start the browser driver in " + browserDir, e);
        }
    }

    public void navigate(String url) {
        call(command("goto").put("url", url));
    }

    public String url() {
        return call(command("url")).asText();
    }

    public void click(String selector) {
        call(command("click").put("selector", selector));
    }

    public void fill(String selector, String value) {
        call(command("fill").put("selector", selector).put("value", value));
    }

    public void check(String selector) {
        call(command("check").put("selector", selector));
    }

    public void select(String selector, String value) {
        call(command("select").put("selector", selector).put("value", value));
    }

    public void upload(String selector, Path file) {
        call(command("upload").put("selector", selector).put("path", file.toAbsolutePath().toString()));
    }

    /** Waits until an element the selector matches is visible. */
    public void waitForVisible(String selector, Duration timeout) {
        waitFor(selector, "visible", timeout);
    }

    /** Waits until no element the selector matches is in the page. */
    public void waitForGone(String selector, Duration timeout) {
        waitFor(selector, "detached", timeout);
    }

    /** Waits until the element's attribute has the value. */
    public void waitForAttribute(String selector, String name, String value, Duration timeout) {
        call(command("waitForAttribute").put("selector", selector)
            .put("name", name)
            .put("value", value)
            .put("timeoutMs", timeout.toMillis()));
    }

    public String text(String selector) {
        return call(command("text").put("selector", selector)).asText();
    }

    /** The attribute of every element the selector matches, in document order. */
    public List<String> attributes(String selector, String name) {
        List<String> values = new ArrayList<>();
        call(command("attributes").put("selector", selector).put("name", name)).forEach(v -> values.add(v.asText()));
        return values;
    }

    public int count(String selector) {
        return call(command("count").put("selector", selector)).asInt();
    }

    /** A full-page screenshot as PNG. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        call(command("screenshot").put("path", file.toAbsolutePath().toString()));
        return file;
    }

    /**
     * Clicks a link and saves what it downloads; returns the file name the server
     * suggested.
     */
    public String download(String selector, Path file) {
        return call(command("download").put("selector", selector).put("path", file.toAbsolutePath().toString()))
            .asText();
    }

    /** A script every page runs before its own. */
    public void addInitScript(String script) {
        call(command("addInitScript").put("script", script));
    }

    /**
     * Evaluates a JavaScript expression in the page (a promise is awaited); its JSON
     * value.
     */
    public JsonNode evaluate(String expression) {
        return call(command("evaluate").put("expression", expression));
    }

    /** The uncaught errors and console errors of the page since the last call. */
    public List<String> pageErrors() {
        List<String> errors = new ArrayList<>();
        call(command("pageErrors")).forEach(error -> errors.add(error.asText()));
        return errors;
    }

    private void waitFor(String selector, String state, Duration timeout) {
        call(command("waitFor").put("selector", selector).put("state", state).put("timeoutMs", timeout.toMillis()));
    }

    private static ObjectNode command(String op) {
        return JSON.createObjectNode().put("op", op);
    }

    private synchronized JsonNode call(ObjectNode command) {
        long id = ++this.lastId;
        command.put("id", id);
        try {
            this.commands.write(JSON.writeValueAsString(command));
            this.commands.write('\n');
            this.commands.flush();
            String line = this.answers.readLine();
            if (line == null) {
                throw new AssertionError(
                        "the browser driver ended while running " + command + "; its log:\n" + driverLog());
            }
            JsonNode answer = JSON.readTree(line);
            if (answer.path("id").asLong() != id) {
                throw new IllegalStateException("the browser driver answered " + line + " to " + command);
            }
            if (answer.has("error")) {
                throw new AssertionError("browser: " + command.path("op").asText() + " " + describe(command)
                        + " failed: " + answer.path("error").asText());
            }
            return answer.path("value");
        }
        catch (IOException e) {
            throw new UncheckedIOException("could not talk to the browser driver; its log:\n" + driverLog(), e);
        }
    }

    private static String describe(ObjectNode command) {
        ObjectNode shown = command.deepCopy();
        shown.remove(List.of("id", "op", "script", "expression"));
        return shown.toString();
    }

    private String driverLog() {
        try {
            return Files.readString(this.driverLog, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            return "(" + this.driverLog + " unreadable: " + e.getMessage() + ")";
        }
    }

    private static String node() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory).resolve("node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("node is not on the PATH (it runs playwright-core): " + INSTALL_HINT);
    }

    /** Closes Chromium and ends the driver. */
    @Override
    public void close() {
        try {
            this.commands.close();
            if (!this.node.waitFor(20, TimeUnit.SECONDS)) {
                this.node.destroyForcibly();
            }
        }
        catch (IOException e) {
            this.node.destroyForcibly();
        }
        catch (InterruptedException e) {
            this.node.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

}
