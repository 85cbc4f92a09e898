package io.scaffold.orchestrator.questions;

import static io.scaffold.orchestrator.contract.ProcessVariables.CLARIFIED_BY;
import static io.scaffold.orchestrator.contract.ProcessVariables.CLARIFYING_QUESTIONS;
import static io.scaffold.orchestrator.contract.ProcessVariables.CLARIFY_ANSWERS;
import static io.scaffold.orchestrator.contract.ProcessVariables.RUN_ID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.scaffold.orchestrator.contract.AutomationLevel;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.runs.JobExecutions;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.spec.ClarifyingAnswer;
import io.scaffold.orchestrator.spec.ClarifyingQuestion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The job workers around the Clarify requirements task of bpmn/scaffold.bpmn: thin
 * adapters to {@link RunQuestions}. Both belong to intake: they settle what the spec left
 * open before the domain is analysed.
 */
@Component
public class QuestionWorkers {

    private static final TypeReference<List<ClarifyingQuestion>> QUESTIONS = new TypeReference<>() {
    };

    private static final TypeReference<List<ClarifyingAnswer>> ANSWERS = new TypeReference<>() {
    };

    private final RunQuestions questions;

    private final RunRepository runs;

    private final JobExecutions executions;

    private final ObjectMapper json;

    QuestionWorkers(RunQuestions questions, RunRepository runs, JobExecutions executions, ObjectMapper json) {
        this.questions = questions;
        this.runs = runs;
        this.executions = executions;
        this.json = json;
    }

    /**
     * The questions, and the form's answer list preset to the recommended answers (the
     * form shows each question with its options).
     */
    @JobWorker(type = JobTypes.CLARIFY_PREPARE_QUESTIONS, fetchVariables = { RUN_ID })
    public Map<String, Object> prepareQuestions(ActivatedJob job) {
        return executions.run(job, Phase.INTAKE.id(), () -> {
            List<ClarifyingQuestion> asked = questions.ask(JobExecutions.runId(job));
            List<Map<String, Object>> preset = asked.stream().map(QuestionWorkers::preset).toList();
            return Map.of(CLARIFYING_QUESTIONS, asked, CLARIFY_ANSWERS, preset);
        });
    }

    /**
     * Records the answers; in full automation nobody was asked, and the recommended
     * answers are taken whatever the preset list says.
     */
    @JobWorker(type = JobTypes.CLARIFY_RECORD_ANSWERS,
            fetchVariables = { RUN_ID, CLARIFYING_QUESTIONS, CLARIFY_ANSWERS, CLARIFIED_BY })
    public Map<String, Object> recordAnswers(ActivatedJob job) {
        return executions.run(job, Phase.INTAKE.id(), () -> {
            UUID runId = JobExecutions.runId(job);
            Map<String, Object> variables = job.getVariablesAsMap();
            boolean asked = runs.find(runId)
                .flatMap(run -> AutomationLevel.of(run.automationLevel()))
                .filter(level -> level != AutomationLevel.FULL)
                .isPresent();
            List<ClarifyingQuestion> open = json.convertValue(variables.getOrDefault(CLARIFYING_QUESTIONS, List.of()),
                    QUESTIONS);
            List<ClarifyingAnswer> answers = asked
                    ? json.convertValue(variables.getOrDefault(CLARIFY_ANSWERS, List.of()), ANSWERS) : List.of();
            String answeredBy = asked ? String.valueOf(variables.getOrDefault(CLARIFIED_BY, "a Tasklist user")) : null;
            return Map.of("clarifiedCount", questions.record(runId, open, answers, answeredBy).size());
        });
    }

    private static Map<String, Object> preset(ClarifyingQuestion q) {
        Map<String, Object> item = new HashMap<>();
        item.put("decisionId", q.decisionId());
        item.put("question", q.question());
        item.put("why", q.why());
        item.put("options", q.options());
        item.put("value", q.recommended());
        return item;
    }

}
