package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;

import java.util.List;

/**
 * A gap in the spec put to a person as a choice: answering it settles the decision
 * {@link #decisionId()}. Built by {@link ClarifyingQuestions}.
 *
 * @param decisionId the decision the answer settles, e.g. {@code pagination:Book}
 * @param question the question as a person is asked it
 * @param options two to four concrete values
 * @param recommended the value taken when nobody answers; one of the options
 * @param why why the spec leaves this open and why the recommendation, in a sentence
 */
public record ClarifyingQuestion(String decisionId, String question, List<String> options, String recommended,
        String why) {

    public ClarifyingQuestion {
        DecisionKind.ofId(decisionId);
        options = List.copyOf(options);
        if (options.size() < 2 || options.size() > 4) {
            throw new IllegalArgumentException(decisionId + ": a question offers 2 to 4 options, not " + options);
        }
        if (!options.contains(recommended)) {
            throw new IllegalArgumentException(
                    decisionId + ": the recommended value " + recommended + " is not among the options " + options);
        }
    }

    /**
     * The decision change an answer makes; a blank answer takes the recommended value.
     * @throws IllegalArgumentException when the answer is not one of the options
     */
    public DecisionChange answer(String value) {
        boolean unanswered = value == null || value.isBlank();
        String chosen = unanswered ? recommended : value.strip();
        if (!options.contains(chosen)) {
            throw new IllegalArgumentException("'" + chosen + "' is not an answer to " + decisionId + " (" + question
                    + "): choose one of " + options);
        }
        return new DecisionChange(decisionId, chosen,
                (unanswered ? "recommended answer to: " : "answer to: ") + question);
    }

}
