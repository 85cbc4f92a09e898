package io.scaffold.orchestrator.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium screenshot of a process instance in Operate
 * ({@code tools/local-platform/screenshot/operate-screenshot.mjs}, Node + playwright-core
 * + Debian's chromium).
 */
final class OperateScreenshot {

    private static final Path TOOL = Path.of("tools", "local-platform", "screenshot");

    private OperateScreenshot() {
    }

    /**
     * Where Chromium is, or null when this machine has none (it is not among the CI
     * tools).
     */
    static Path chromium() {
        String configured = System.getenv("CHROMIUM");
        Path chromium = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        return Files.isExecutable(chromium) ? chromium : null;
    }

    /**
     * Takes the screenshot; fails with the tool's output when Operate does not show the
     * instance.
     */
    static void take(String webappsUrl, long processInstanceKey, Path output) throws IOException, InterruptedException {
        if (!Files.isDirectory(TOOL.resolve("node_modules").resolve("playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", TOOL.toString()), 5);
        }
        Files.createDirectories(output.getParent());
        run(List.of("node", TOOL.resolve("operate-screenshot.mjs").toString(), webappsUrl,
                Long.toString(processInstanceKey), output.toString()), 3);
    }

    private static void run(List<String> command, long timeoutMinutes) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        System.out.print(output);
    }

}
