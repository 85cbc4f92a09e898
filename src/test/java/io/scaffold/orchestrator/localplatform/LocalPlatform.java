package io.scaffold.orchestrator.localplatform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Components of the local platform started through
 * {@code tools/local-platform/platform.sh}, for tests (see {@link WithLocalPlatform}),
 * and their addresses. Components that already run (a developer's own platform) are
 * reused and left running; the ones started here are stopped by {@link #close()}.
 */
public final class LocalPlatform {

    private static final Path SCRIPT = Path.of("tools", "local-platform", "platform.sh");

    /** A cold start downloads about 500 MB and builds Keycloak once. */
    private static final long START_TIMEOUT_MINUTES = 20;

    private final List<String> startedHere;

    private LocalPlatform(List<String> startedHere) {
        this.startedHere = startedHere;
    }

    /**
     * Starts the given components (keycloak, postgres) unless they already run.
     */
    static LocalPlatform start(String... components) {
        List<String> startedHere = new ArrayList<>();
        for (String component : components) {
            if (run(1, "status", component) != 0) {
                startedHere.add(component);
            }
        }
        List<String> arguments = new ArrayList<>(List.of("start"));
        arguments.addAll(List.of(components));
        int exit = run(START_TIMEOUT_MINUTES, arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("platform.sh start " + String.join(" ", components) + " failed (exit "
                    + exit + "); its output is above, the component logs are under ~/.scaffold/platform/logs");
        }
        return new LocalPlatform(startedHere);
    }

    void close() {
        if (!startedHere.isEmpty()) {
            List<String> arguments = new ArrayList<>(List.of("stop"));
            arguments.addAll(startedHere);
            run(5, arguments.toArray(String[]::new));
        }
    }

    public static String keycloakIssuer() {
        return "http://localhost:" + port("SCAFFOLD_KEYCLOAK_PORT", 18080) + "/realms/scaffold";
    }

    public static String masterRealmIssuer() {
        return "http://localhost:" + port("SCAFFOLD_KEYCLOAK_PORT", 18080) + "/realms/master";
    }

    /** The password platform.sh gives the realm's demo users. */
    public static String demoPassword() {
        String configured = System.getenv("SCAFFOLD_DEMO_PASSWORD");
        return configured == null || configured.isBlank() ? "demo" : configured;
    }

    /** The secret platform.sh gives the realm's scaffold-orchestrator client. */
    public static String clientSecret() {
        String configured = System.getenv("SCAFFOLD_CLIENT_SECRET");
        return configured == null || configured.isBlank() ? "scaffold-local-secret" : configured;
    }

    /**
     * The secret platform.sh gives the realm's scaffold-metrics client (Prometheus's).
     */
    public static String metricsClientSecret() {
        String configured = System.getenv("SCAFFOLD_METRICS_CLIENT_SECRET");
        return configured == null || configured.isBlank() ? "scaffold-metrics-local-secret" : configured;
    }

    /** The password platform.sh gives the owner of the application's database. */
    public static String databasePassword() {
        String configured = System.getenv("SCAFFOLD_DB_PASSWORD");
        return configured == null || configured.isBlank() ? "scaffold" : configured;
    }

    private static int port(String variable, int defaultPort) {
        String configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? defaultPort : Integer.parseInt(configured);
    }

    /** Runs the script with the test's output as its output; returns its exit code. */
    private static int run(long timeoutMinutes, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        try {
            Path log = Files.createTempFile("platform-sh", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            boolean finished = process.waitFor(timeoutMinutes, TimeUnit.MINUTES);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (!"status".equals(arguments[0])) {
                System.out.print(output);
            }
            if (!finished) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutMinutes
                        + " minutes:\n" + output);
            }
            return process.exitValue();
        }
        catch (IOException e) {
            throw new IllegalStateException("could not run " + command + ": " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

}
