package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Approvals.PendingApproval;
import io.scaffold.orchestrator.runs.Run;
import java.io.PrintStream;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.OpenDecision;
import io.scaffold.orchestrator.gates.Scorecard;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Answers gate approvals in the terminal: shows the scorecard the approval form would
 * show and asks for the decision. Without an answer (no terminal input) the run cannot go
 * on, and the error says how to run without people.
 */
final class TerminalApprovals {

    private static final String WAITING = "gate approval needed";

    /** How many open decisions are listed; the others are changed by id. */
    private static final int SHOWN_DECISIONS = 20;

    private final Approvals approvals;

    private final RunDecisions decisions;

    private final Run run;

    private final Terminal terminal;

    private final PrintStream out;

    private final Set<Long> answered = new HashSet<>();

    TerminalApprovals(ApplicationContext context, Run run, Terminal terminal) {
        this.approvals = context.getBean(Approvals.class);
        this.decisions = context.getBean(RunDecisions.class);
        this.run = run;
        this.terminal = terminal;
        this.out = terminal.out();
    }

    void answerOpenApprovals() {
        if ("full".equals(run.automationLevel()) || !terminal.pollDue("approvals")) {
            return;
        }
        for (PendingApproval approval : approvals.open(run.id())) {
            if (answered.add(approval.userTaskKey())) {
                ask(approval);
            }
        }
    }

    private void ask(PendingApproval approval) {
        Scorecard card = approval.scorecard();
        out.printf("%n  Approval needed: gate %s (phase %s), attempt %d, for %s%n", approval.gateId(),
                approval.phaseId(), approval.attempt(), String.join(", ", approval.candidateGroups()));
        out.printf(Locale.ROOT, "    score %s, threshold %s, verdict %s%s%n", card.score(), card.threshold(),
                card.verdict(), card.reason() == null ? "" : " (" + card.reason() + ")");
        for (Scorecard.Criterion criterion : card.criteria()) {
            out.printf(Locale.ROOT, "    - %-28s %.2f (weight %.2f)%n", criterion.name(), criterion.score(),
                    criterion.weight());
            for (Finding finding : criterion.findings()) {
                out.println("        · " + finding.describe());
                out.println("          → " + finding.suggestedAction()
                        + (finding.proposedChange() == null ? ""
                                : " [proposed: " + finding.proposedChange().decisionId() + " = "
                                        + oneLine(finding.proposedChange().value()) + "]"));
            }
        }
        List<OpenDecision> open = approval.openDecisions();
        if (!open.isEmpty()) {
            out.println("    Open decisions:");
        }
        for (int i = 0; i < Math.min(open.size(), SHOWN_DECISIONS); i++) {
            OpenDecision d = open.get(i);
            out.printf("    %2d) %s = %s%s%n        %s%s%n", i + 1, d.id(), oneLine(d.current()),
                    d.proposedValue() == null ? "" : "  → proposed: " + oneLine(d.proposedValue()), d.why(),
                    d.options().isEmpty() ? "" : " Options: " + String.join(", ", d.options()));
        }
        if (open.size() > SHOWN_DECISIONS) {
            out.printf("    … and %d more, each of which can be changed by its id%n", open.size() - SHOWN_DECISIONS);
        }
        while (true) {
            try {
                approvals.decide(approval, answer(approval), terminal.user());
                return;
            }
            catch (Approvals.CommentCannotBeAppliedException | IllegalArgumentException e) {
                out.println("  " + e.getMessage());
            }
        }
    }

    /** Asks for an answer until it is complete; what Approvals refuses is asked again. */
    private Approvals.Answer answer(PendingApproval approval) {
        String decision = null;
        while (decision == null) {
            String answer = terminal.prompt("  Decision: [a]pprove, [r]equest changes, re[j]ect? ", WAITING);
            decision = switch (answer.trim().toLowerCase(Locale.ROOT)) {
                case "a", "approve" -> "approve";
                case "r", "request-changes", "request changes" -> "request-changes";
                case "j", "reject" -> "reject";
                default -> null;
            };
        }
        List<Approvals.RequestedChange> changes = "request-changes".equals(decision) ? changes(approval) : List.of();
        Approvals.Waiver waiver = "approve".equals(decision) && approval.scorecard().belowThreshold() ? waiver(approval)
                : null;
        String comment = terminal.prompt("  Comment" + ("reject".equals(decision) ? "" : " (optional)") + ": ", WAITING)
            .trim();
        while ("reject".equals(decision) && comment.isEmpty()) {
            comment = terminal.prompt("  A comment is required to reject: ", WAITING).trim();
        }
        return new Approvals.Answer(decision, comment.isEmpty() ? null : comment, changes, waiver);
    }

    /**
     * Asks which decisions to change: an open decision by number, a use case or objective
     * to add, or any decision by id; for each, an option by number or a value.
     */
    private List<Approvals.RequestedChange> changes(PendingApproval approval) {
        List<Approvals.RequestedChange> changes = new ArrayList<>();
        out.println("  Which decisions should change? (A comment alone cannot be applied without a language model.)");
        while (true) {
            String pick = terminal
                .prompt("  Change: number of an open decision, [u] add a use case, [o] add an objective, "
                        + "a decision id (e.g. entity-name:Book); empty when done: ", WAITING)
                .trim();
            if (pick.isEmpty()) {
                return changes;
            }
            if (pick.equalsIgnoreCase("u") || pick.equalsIgnoreCase("o")) {
                DecisionKind kind = pick.equalsIgnoreCase("u") ? DecisionKind.USE_CASES : DecisionKind.OBJECTIVES;
                String id = kind.idFor(DecisionKind.APPLICATION);
                String item = terminal
                    .prompt("  New " + (kind == DecisionKind.USE_CASES ? "use case" : "objective") + ": ", WAITING)
                    .trim();
                String before = pending(changes, id)
                    .orElseGet(() -> decisions.find(approval.runId(), id).map(Decision::chosen).orElse(""));
                changes.removeIf(c -> c.decisionId().equals(id));
                changes.add(new Approvals.RequestedChange(id, before.isBlank() ? item : before.strip() + "\n" + item));
                continue;
            }
            Optional<Decision> decision = decision(approval, pick);
            if (decision.isEmpty()) {
                out.println("  '" + pick + "' is neither an open decision's number nor the id of a decision of this "
                        + "run.");
                continue;
            }
            changes.add(new Approvals.RequestedChange(decision.get().id(), value(decision.get())));
        }
    }

    private Optional<Decision> decision(PendingApproval approval, String pick) {
        String id = pick;
        if (pick.matches("\\d+")) {
            int n = Integer.parseInt(pick);
            if (n < 1 || n > approval.openDecisions().size()) {
                return Optional.empty();
            }
            id = approval.openDecisions().get(n - 1).id();
        }
        return decisions.find(approval.runId(), id);
    }

    private String value(Decision decision) {
        out.println("  " + decision.question() + " (now: " + oneLine(decision.chosen()) + ")");
        for (int i = 0; i < decision.options().size(); i++) {
            out.printf("    %d) %s%n", i + 1, decision.options().get(i));
        }
        String answer = terminal
            .prompt(decision.options().isEmpty() ? "  New value: " : "  Option number or a value: ", WAITING)
            .trim();
        if (answer.matches("\\d+") && Integer.parseInt(answer) >= 1
                && Integer.parseInt(answer) <= decision.options().size()) {
            return decision.options().get(Integer.parseInt(answer) - 1);
        }
        return decision.kind().listValued() ? answer.replace(" | ", "\n") : answer;
    }

    private static Optional<String> pending(List<Approvals.RequestedChange> changes, String id) {
        return changes.stream()
            .filter(c -> c.decisionId().equals(id))
            .map(Approvals.RequestedChange::value)
            .findFirst();
    }

    private Approvals.Waiver waiver(PendingApproval approval) {
        out.printf("  Gate %s scored %s, below its threshold %s: approving it is a waiver.%n", approval.gateId(),
                approval.scorecard().score(), approval.scorecard().threshold());
        String reason = "";
        while (reason.isEmpty()) {
            reason = terminal.prompt("  Waiver reason (why may it pass?): ", WAITING).trim();
        }
        while (true) {
            String date = terminal.prompt("  Waiver expires on (YYYY-MM-DD, in the future): ", WAITING).trim();
            try {
                LocalDate expiresAt = LocalDate.parse(date);
                if (expiresAt.isAfter(LocalDate.now(ZoneOffset.UTC))) {
                    return new Approvals.Waiver(reason, expiresAt);
                }
                out.println("  " + date + " is not in the future.");
            }
            catch (DateTimeParseException e) {
                out.println("  '" + date + "' is not a date like " + LocalDate.now(ZoneOffset.UTC).plusDays(30) + ".");
            }
        }
    }

    private static String oneLine(String value) {
        return value.replace("\n", " | ");
    }

}
