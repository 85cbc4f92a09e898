package io.scaffold.orchestrator.gates.probe;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code new ProjectBuild(project, timeout).run("verify")} in a JVM of its own and
 * prints the build's output, so a test can give the "server" an environment of its choice
 * (a JVM cannot change its own) and see whether the build inherits it.
 */
final class ProjectBuildProbe {

    static final String SECRET_VARIABLE = "SCAFFOLD_TEST_SERVER_SECRET";

    public static void main(String[] args) {
        ProjectBuild.Result result = new ProjectBuild(Path.of(args[0]), Duration.parse(args[1])).run("verify");
        System.out.println(result.output());
        System.out.println("PROBE-RESULT exit=" + result.exitCode() + " tests=" + result.tests());
    }

    /**
     * Builds {@code project} in a child JVM whose environment holds {@code secret};
     * returns what it printed.
     */
    static String buildWithSecretInEnvironment(Path project, Duration timeout, String secret) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path")));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(ProjectBuildProbe.class.getName(), project.toString(), timeout.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(SECRET_VARIABLE, secret);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private ProjectBuildProbe() {
    }

}
