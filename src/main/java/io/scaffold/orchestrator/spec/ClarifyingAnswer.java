package io.scaffold.orchestrator.spec;

import java.util.List;

/**
 * A person's answer to one clarifying question, as the Clarify requirements task is
 * completed with it ({@code clarifyAnswers}).
 *
 * @param decisionId the decision the question settles
 * @param value one of the question's options
 */
public record ClarifyingAnswer(String decisionId, String value) {

    /**
     * Checks that every answer is one of its question's options and that no answer is
     * about a decision none of the questions settles.
     * @throws IllegalArgumentException saying which answer is wrong and what to answer
     */
    public static void validate(List<ClarifyingQuestion> questions, List<ClarifyingAnswer> answers) {
        for (ClarifyingAnswer a : answers) {
            ClarifyingQuestion q = questions.stream()
                .filter(question -> question.decisionId().equals(a.decisionId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question settles '" + a.decisionId()
                        + "': answer one of " + questions.stream().map(ClarifyingQuestion::decisionId).toList()));
            q.answer(a.value());
        }
    }

    /**
     * The answer given to {@code question}, or null when it was not answered (missing or
     * blank).
     */
    public static String valueFor(ClarifyingQuestion question, List<ClarifyingAnswer> answers) {
        return answers.stream()
            .filter(a -> a.decisionId().equals(question.decisionId()) && a.value() != null && !a.value().isBlank())
            .map(ClarifyingAnswer::value)
            .findFirst()
            .orElse(null);
    }

}
