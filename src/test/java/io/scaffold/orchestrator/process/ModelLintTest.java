package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs tools/model-lint (the rules Camunda Modeler applies) over bpmn/, dmn/ and forms/.
 */
class ModelLintTest {

    private static final Path LINT = Path.of("tools", "model-lint").toAbsolutePath();

    private record Result(int exitCode, String output) {
    }

    @BeforeAll
    static void installLinter() throws Exception {
        if (!Files.isDirectory(LINT.resolve("node_modules"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertThat(install.exitCode()).as("npm ci in %s:%n%s", LINT, install.output()).isZero();
        }
    }

    @Test
    void everyModelPassesTheLint() throws Exception {
        Result lint = run(List.of("node", "lint.mjs"), 120);

        assertThat(lint.exitCode()).as("model lint findings:%n%s", lint.output()).isZero();
        assertThat(lint.output()).contains("0 error(s)");
    }

    @Test
    void lintFailsAModelWithoutLayoutOrTaskDefinition(@TempDir Path dir) throws Exception {
        String scaffold = Files.readString(Path.of("bpmn", "scaffold.bpmn"));
        String broken = scaffold.replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "")
            .replace("<zeebe:taskDefinition type=\"scaffold.record-completion\" retries=\"3\" />", "");
        Path model = dir.resolve("broken.bpmn");
        Files.writeString(model, broken);

        Result lint = run(List.of("node", "lint.mjs", model.toString()), 120);

        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.output()).contains(model + ": run-requested: no-bpmndi: Element is missing bpmndi")
            .contains(model + ": record-completion: camunda-compat/implementation: ")
            .contains("<zeebe:TaskDefinition>");
    }

    @Test
    void lintFailsAFormWithAnUnsupportedComponent(@TempDir Path dir) throws Exception {
        String form = Files.readString(Path.of("forms", "gate-approval.form"))
            .replace("\"type\": \"table\"", "\"type\": \"kanban\"");
        Path model = dir.resolve("gate-approval.form");
        Files.writeString(model, form);

        Result lint = run(List.of("node", "lint.mjs", model.toString()), 120);

        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.output())
            .contains(model + ": criteria: form-linting: A <Kanban> is not supported by Camunda Platform 8.6");
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(LINT.toFile())
            .redirectErrorStream(true)
            .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

}
