package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Approvals.PendingApproval;
import io.scaffold.orchestrator.runs.Run;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Answers gate approvals in the terminal: shows the scorecard the approval form would
 * show and asks for the decision. Without an answer (no terminal input) the run cannot go
 * on, and the error says how to run without people.
 */
final class TerminalApprovals {

    private static final long POLL_INTERVAL_MS = 250;

    private final Approvals approvals;

    private final Run run;

    private final BufferedReader in;

    private final PrintStream out;

    private final String user = System.getProperty("user.name", "cli");

    private final Set<Long> answered = new HashSet<>();

    private long lastPoll;

    TerminalApprovals(ApplicationContext context, Run run, BufferedReader in, PrintStream out) {
        this.approvals = context.getBean(Approvals.class);
        this.run = run;
        this.in = in;
        this.out = out;
    }

    void answerOpenApprovals() {
        if ("full".equals(run.automationLevel()) || System.currentTimeMillis() - lastPoll < POLL_INTERVAL_MS) {
            return;
        }
        lastPoll = System.currentTimeMillis();
        for (PendingApproval approval : approvals.open(run.id())) {
            if (answered.add(approval.userTaskKey())) {
                ask(approval);
            }
        }
    }

    private void ask(PendingApproval approval) {
        out.printf("%n  Approval needed: gate %s (phase %s), attempt %d, for %s%n", approval.gateId(),
                approval.phaseId(), approval.attempt(), String.join(", ", approval.candidateGroups()));
        if (approval.outcome() instanceof Map<?, ?> outcome) {
            out.printf(Locale.ROOT, "    score %s, threshold %s, verdict %s%n", outcome.get("score"),
                    outcome.get("threshold"), outcome.get("verdict"));
        }
        if (approval.criteriaResults() instanceof List<?> criteria) {
            for (Object c : criteria) {
                if (c instanceof Map<?, ?> criterion) {
                    out.printf(Locale.ROOT, "    - %-28s %s%n", criterion.get("name"), criterion.get("score"));
                    if (criterion.get("findings") instanceof List<?> findings) {
                        findings.forEach(f -> out.println("        · " + f));
                    }
                }
            }
        }
        String decision = null;
        while (decision == null) {
            String answer = prompt("  Decision: [a]pprove, [r]equest changes, re[j]ect? ");
            decision = switch (answer.trim().toLowerCase(Locale.ROOT)) {
                case "a", "approve" -> "approve";
                case "r", "request-changes", "request changes" -> "request-changes";
                case "j", "reject" -> "reject";
                default -> null;
            };
        }
        String comment = prompt("  Comment" + ("approve".equals(decision) ? " (optional)" : "") + ": ").trim();
        while (!"approve".equals(decision) && comment.isEmpty()) {
            comment = prompt("  A comment is required to " + decision + ": ").trim();
        }
        approvals.decide(approval, decision, comment.isEmpty() ? null : comment, user);
    }

    private String prompt(String question) {
        out.print(question);
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                throw new IllegalStateException("gate approval needed but the terminal gave no answer (input closed); "
                        + "answer it interactively or run with --automation full");
            }
            return line;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
