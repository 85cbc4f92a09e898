package io.scaffold.orchestrator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.scaffold.orchestrator.generation.PhaseGenerator;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Binds the models, the job workers and the {@link Phase} / {@link JobTypes} registry: a
 * job type renamed, added or dropped in one of them and not the others fails here, not in
 * a run that waits forever for a worker.
 */
class ProcessContractTest {

    private static final BpmnModelInstance SCAFFOLD = Bpmn.readModelFromFile(Path.of("bpmn", "scaffold.bpmn").toFile());

    private static final BpmnModelInstance QUALITY_GATE = Bpmn
        .readModelFromFile(Path.of("bpmn", "quality-gate.bpmn").toFile());

    /**
     * The rework task's type is each of the {@code agentJobTypes} its caller passes in.
     */
    private static final String REWORK_TYPE = "=agentJobType";

    @Test
    void theModelsTheWorkersAndTheRegistryNameTheSameJobTypes() throws Exception {
        Set<String> modelled = new TreeSet<>();
        Stream.of(SCAFFOLD, QUALITY_GATE).forEach(model -> {
            model.getModelElementsByType(ZeebeTaskDefinition.class)
                .stream()
                .map(ZeebeTaskDefinition::getType)
                .filter(t -> !t.equals(REWORK_TYPE))
                .forEach(modelled::add);
            model.getModelElementsByType(ZeebeExecutionListener.class)
                .stream()
                .map(ZeebeExecutionListener::getType)
                .forEach(modelled::add);
            model.getModelElementsByType(ZeebeTaskListener.class)
                .stream()
                .map(ZeebeTaskListener::getType)
                .forEach(modelled::add);
        });
        SCAFFOLD.getModelElementsByType(CallActivity.class).forEach(gate -> modelled.addAll(agents(gate)));

        assertThat(workerTypes()).as("@JobWorker types").isEqualTo(modelled);
        assertThat(constants()).as("JobTypes constants").isEqualTo(modelled);
        assertThat(Arrays.stream(Phase.values()).flatMap(p -> p.agentJobTypes().stream()))
            .as("agents of the Phase registry")
            .containsExactlyInAnyOrderElementsOf(modelled.stream().filter(t -> t.startsWith("agent.")).toList());
    }

    @Test
    void thePhasesOfTheModelAreTheRegistryInProcessOrder() {
        List<SubProcess> phases = SCAFFOLD.getModelElementsByType(SubProcess.class)
            .stream()
            .filter(s -> !s.triggeredByEvent())
            .toList();

        assertThat(phases).extracting(s -> input(s, "phaseId")).containsExactlyElementsOf(Phase.ids());
        for (SubProcess s : phases) {
            Phase phase = Phase.of(input(s, "phaseId"));
            assertThat(input(s, "phaseName")).as(phase.id()).isEqualTo(phase.displayName());
            assertThat(s.getChildElementsByType(ServiceTask.class))
                .extracting(task -> task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType())
                .as("agents of phase %s", phase.id())
                .containsExactlyElementsOf(phase.agentJobTypes());
        }
    }

    @Test
    void eachGateScoresItsPhaseAndReworksWithItsAgents() {
        List<CallActivity> gates = new ArrayList<>(SCAFFOLD.getModelElementsByType(CallActivity.class));

        assertThat(gates).extracting(g -> input(g, "gateId")).containsExactlyElementsOf(Phase.gateIds());
        for (CallActivity gate : gates) {
            Phase phase = Phase.of(input(gate, "phaseId"));
            assertThat(phase.gateId()).as(gate.getId()).contains(input(gate, "gateId"));
            assertThat(agents(gate)).as(gate.getId()).containsExactlyElementsOf(phase.agentJobTypes());
            // a resumed run's gate numbers its rounds after those already recorded
            assertThat(inputSource(gate, "attemptsBefore")).as(gate.getId())
                .isEqualTo("=get value(" + ProcessVariables.GATE_ATTEMPTS + ", \"" + input(gate, "gateId") + "\")");
        }
    }

    @Test
    void everyGeneratedPhaseIsARegisteredPhaseWithAnAgent() throws Exception {
        List<String> generated = new ArrayList<>();
        for (Class<?> type : components()) {
            if (PhaseGenerator.class.isAssignableFrom(type)) {
                generated.add(((PhaseGenerator) type.getDeclaredConstructor().newInstance()).phaseId());
            }
        }
        assertThat(generated).isNotEmpty().allSatisfy(id -> assertThat(Phase.of(id).agentJobTypes()).isNotEmpty());
    }

    @Test
    void theTypedProcessDataHasTheValuesOfTheModels() throws Exception {
        String verdictDmn = Files.readString(Path.of("dmn", "gate-verdict.dmn"));
        String form = Files.readString(Path.of("forms", "gate-approval.form"));

        assertThat(quoted(verdictDmn, "<outputEntry id=\"[^\"]+\"><text>\"([A-Z_]+)\"</text>"))
            .containsExactlyInAnyOrderElementsOf(names(GateVerdict.values()));
        assertThat(quoted(verdictDmn, "\"([a-z]+)\"(?=[,<])")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(AutomationLevel.values()).map(AutomationLevel::wire).toList());
        assertThat(quoted(form, "\"value\": \"([a-z-]+)\"")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ApprovalDecision.values()).map(ApprovalDecision::wire).toList());
    }

    private static Set<String> quoted(String text, String regex) {
        Set<String> values = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /**
     * The {@code agentJobTypes} a gate reworks with, a literal list {@code ["a", "b"]}.
     */
    private static List<String> agents(CallActivity gate) {
        String source = inputSource(gate, "agentJobTypes");
        assertThat(source).as("agentJobTypes of %s", gate.getId()).matches("=\\[\"[^\"]+\"(, \"[^\"]+\")*]");
        return Arrays.stream(source.substring(2, source.length() - 1).split(", "))
            .map(s -> s.substring(1, s.length() - 1))
            .toList();
    }

    /** A literal input of an element's I/O mapping, {@code ="x"} read as {@code x}. */
    private static String input(BaseElement element, String target) {
        String source = inputSource(element, target);
        assertThat(source).as("%s of %s", target, element.getId()).matches("=\"[^\"]+\"");
        return source.substring(2, source.length() - 1);
    }

    private static String inputSource(BaseElement element, String target) {
        ZeebeIoMapping mapping = element.getSingleExtensionElement(ZeebeIoMapping.class);
        return mapping.getInputs()
            .stream()
            .filter(i -> i.getTarget().equals(target))
            .map(ZeebeInput::getSource)
            .findFirst()
            .orElseThrow(() -> new AssertionError(element.getId() + " has no input " + target));
    }

    private static Set<String> workerTypes() throws Exception {
        Set<String> types = new TreeSet<>();
        for (Class<?> type : components()) {
            for (Method method : type.getDeclaredMethods()) {
                JobWorker worker = method.getAnnotation(JobWorker.class);
                if (worker != null) {
                    types.add(worker.type());
                }
            }
        }
        return types;
    }

    private static List<Class<?>> components() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Class<?>> classes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("io.scaffold.orchestrator")) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        return classes;
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> values = new TreeSet<>();
        for (Field field : JobTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

}
