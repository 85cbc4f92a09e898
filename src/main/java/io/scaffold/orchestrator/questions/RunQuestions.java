package io.scaffold.orchestrator.questions;

import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.runs.RunEventData;
import io.scaffold.orchestrator.runs.RunEventLog;
import io.scaffold.orchestrator.spec.ClarifyingAnswer;
import io.scaffold.orchestrator.spec.ClarifyingQuestion;
import io.scaffold.orchestrator.spec.ClarifyingQuestions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The clarifying questions of a run, and their answers recorded as its decisions. A
 * person's answer is a locked decision (source PERSON); a question nobody answered (full
 * automation, or left out of an answer) takes its recommended answer as an assumption
 * (source DEFAULT), which automatic rework may still change. Either way the run's event
 * log lists what was settled and which defaults were taken.
 */
@Service
public class RunQuestions {

    /** Who "answers" when the recommended answers are taken. */
    static final String DEFAULTS = "scaffold";

    private final DomainModels models;

    private final RunDecisions decisions;

    private final RunEventLog events;

    RunQuestions(DomainModels models, RunDecisions decisions, RunEventLog events) {
        this.models = models;
        this.decisions = decisions;
        this.events = events;
    }

    /**
     * The questions the run's spec leaves open ({@link ClarifyingQuestions}) about its
     * current decisions.
     */
    public List<ClarifyingQuestion> ask(UUID runId) {
        return ClarifyingQuestions.of(models.load(runId), decisions.current(runId));
    }

    /**
     * Records the answers to {@code questions}; the questions left out take their
     * recommended answer. Applying equal values again changes nothing, so a retried job
     * records nothing twice.
     * @param answeredBy who answered, or null when nobody was asked
     * @throws IllegalArgumentException when an answer is not one of its question's
     * options or answers no question
     */
    public List<RunEventData.Clarification> record(UUID runId, List<ClarifyingQuestion> questions,
            List<ClarifyingAnswer> answers, String answeredBy) {
        List<DecisionChange> answered = new ArrayList<>();
        List<DecisionChange> defaults = new ArrayList<>();
        List<RunEventData.Clarification> settled = new ArrayList<>();
        for (ClarifyingQuestion q : questions) {
            String value = ClarifyingAnswer.valueFor(q, answers);
            DecisionChange change = q.answer(value);
            (value == null ? defaults : answered).add(change);
            settled.add(new RunEventData.Clarification(q.decisionId(), change.value(), value == null));
        }
        decisions.apply(runId, answered, DecisionSource.PERSON, true, answeredBy);
        decisions.apply(runId, defaults, DecisionSource.DEFAULT, false, DEFAULTS);
        if (!settled.isEmpty()) {
            events.append(runId, "requirements-clarified", new RunEventData.RequirementsClarified(answeredBy, settled),
                    Instant.now());
        }
        return settled;
    }

}
