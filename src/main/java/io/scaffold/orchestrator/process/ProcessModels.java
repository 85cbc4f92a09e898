package io.scaffold.orchestrator.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The process models (BPMN, DMN, forms) the build packages under {@code models/} on the
 * classpath, deployed together so that call activities, decisions and forms always
 * resolve to the versions they were written with.
 */
public final class ProcessModels {

    /**
     * One model file: its name (as Operate and Tasklist show it) and its bytes,
     * unchanged.
     */
    public record Model(String name, byte[] content) {
    }

    private static final List<String> PATTERNS = List.of("classpath*:models/bpmn/*.bpmn", "classpath*:models/dmn/*.dmn",
            "classpath*:models/forms/*.form");

    private ProcessModels() {
    }

    /**
     * Every model on the classpath, BPMN first, then DMN, then forms, each group by name.
     */
    public static List<Model> onClasspath() {
        var resolver = new PathMatchingResourcePatternResolver(ProcessModels.class.getClassLoader());
        var models = new ArrayList<Model>();
        for (String pattern : PATTERNS) {
            try {
                Arrays.stream(resolver.getResources(pattern))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(ProcessModels::read)
                    .forEach(models::add);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot list process models " + pattern, e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException(
                    "No process models under models/ on the classpath: build with Maven so bpmn/, dmn/ and forms/ are packaged");
        }
        return models;
    }

    private static final Duration DEPLOYMENT_TIMEOUT = Duration.ofSeconds(60);

    /** Sends every model in one deployment; completes when the engine has accepted it. */
    static CompletableFuture<DeploymentEvent> deployAsync(CamundaClient client) {
        List<Model> models = onClasspath();
        DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
        for (Model model : models) {
            command = command == null
                    ? client.newDeployResourceCommand().addResourceBytes(model.content(), model.name())
                    : command.addResourceBytes(model.content(), model.name());
        }
        // a cold engine on a busy machine can take longer than the client's default 10 s
        return command.requestTimeout(DEPLOYMENT_TIMEOUT).send().toCompletableFuture();
    }

    /**
     * The BPMN file that defines the process, as deployed.
     */
    public static Optional<Model> bpmn(String bpmnProcessId) {
        return onClasspath().stream()
            .filter(model -> model.name().endsWith(".bpmn"))
            .filter(model -> Bpmn.readModelFromStream(new ByteArrayInputStream(model.content()))
                .getModelElementsByType(Process.class)
                .stream()
                .anyMatch(process -> process.getId().equals(bpmnProcessId)))
            .findFirst();
    }

    /** The form (a Camunda form, JSON) whose {@code id} is the form id, as deployed. */
    public static Optional<Model> form(String formId) {
        return onClasspath().stream()
            .filter(model -> model.name().endsWith(".form"))
            .filter(model -> formId.equals(formId(model)))
            .findFirst();
    }

    private static String formId(Model form) {
        try {
            return FORM_JSON.readTree(form.content()).path("id").asText();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Form " + form.name() + " holds no JSON", e);
        }
    }

    private static final ObjectMapper FORM_JSON = new ObjectMapper();

    private static Model read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new Model(resource.getFilename(), in.readAllBytes());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read process model " + resource, e);
        }
    }

}
