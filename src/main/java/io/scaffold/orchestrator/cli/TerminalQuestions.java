package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.process.Clarifications;
import io.scaffold.orchestrator.process.Clarifications.PendingClarification;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.spec.ClarifyingAnswer;
import io.scaffold.orchestrator.spec.ClarifyingQuestion;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;

/**
 * Asks the clarifying questions of the Clarify requirements task in the terminal: each
 * with its numbered options; Enter takes the recommended one. Polled from the same loop
 * as {@link TerminalApprovals}, reading the same input.
 */
final class TerminalQuestions {

    private static final String WAITING = "clarifying questions asked";

    private final Clarifications clarifications;

    private final Run run;

    private final Terminal terminal;

    private final PrintStream out;

    private final Set<Long> answered = new HashSet<>();

    TerminalQuestions(ApplicationContext context, Run run, Terminal terminal) {
        this.clarifications = context.getBean(Clarifications.class);
        this.run = run;
        this.terminal = terminal;
        this.out = terminal.out();
    }

    void answerOpenQuestions() {
        if ("full".equals(run.automationLevel()) || !terminal.pollDue("questions")) {
            return;
        }
        for (PendingClarification pending : clarifications.open(run.id())) {
            if (answered.add(pending.userTaskKey())) {
                ask(pending);
            }
        }
    }

    private void ask(PendingClarification pending) {
        out.printf("%n  Clarify requirements (%d questions, for %s); Enter takes the recommended answer%n",
                pending.questions().size(), String.join(", ", pending.candidateGroups()));
        List<ClarifyingAnswer> answers = new ArrayList<>();
        int number = 0;
        for (ClarifyingQuestion q : pending.questions()) {
            out.printf("%n  %d. %s%n     %s%n", ++number, q.question(), q.why());
            for (int i = 0; i < q.options().size(); i++) {
                String option = q.options().get(i);
                out.printf("     [%d] %s%s%n", i + 1, option, option.equals(q.recommended()) ? " (recommended)" : "");
            }
            answers.add(new ClarifyingAnswer(q.decisionId(), choose(q)));
        }
        clarifications.answer(pending, answers, terminal.user());
    }

    /** An option, by number or as written; blank for the recommended one. */
    private String choose(ClarifyingQuestion q) {
        while (true) {
            String answer = terminal.prompt("     Answer [" + q.recommended() + "]: ", WAITING).strip();
            if (answer.isEmpty()) {
                return q.recommended();
            }
            if (answer.chars().allMatch(Character::isDigit) && answer.length() < 3) {
                int index = Integer.parseInt(answer) - 1;
                if (index >= 0 && index < q.options().size()) {
                    return q.options().get(index);
                }
            }
            else if (q.options().contains(answer)) {
                return answer;
            }
            out.println("     Choose 1 to " + q.options().size() + ", an option as written, or Enter");
        }
    }

}
