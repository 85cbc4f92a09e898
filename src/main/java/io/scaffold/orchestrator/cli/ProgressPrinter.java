package io.scaffold.orchestrator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.gates.GateEvaluation;
import io.scaffold.orchestrator.handover.Handover;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.runs.RunStatus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Prints a run's events as they happen: phases with their duration, gates with score and
 * verdict.
 */
final class ProgressPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    private final long startNanos = System.nanoTime();

    ProgressPrinter(PrintStream out, DomainModel model) {
        this(out, String.format(Locale.ROOT, "Scaffolding %s: %d entities, %d relationships, %d enums", model.name(),
                model.entities().size(), model.relationships().size(), model.enums().size()));
    }

    /** For a run resumed after an interruption: what it is and where it came from. */
    ProgressPrinter(PrintStream out, Run interrupted) {
        this(out, "Resuming run " + interrupted.id() + " (" + interrupted.applicationName() + ", "
                + interrupted.specFile() + ", started " + interrupted.createdAt() + ")");
    }

    private ProgressPrinter(PrintStream out, String heading) {
        this.out = out;
        out.println(heading);
    }

    synchronized void print(RunEvent event) {
        JsonNode p = payload(event);
        String line = switch (event.type()) {
            case PhaseStarted -> "▶ " + p.path("name").asText();
            case PhaseCompleted -> "✔ " + p.path("name").asText();
            case QualityGatePassed, QualityGateFailed, ApprovalRequested ->
                p.has("verdict") ? String.format(Locale.ROOT, "  gate %s: score %.2f (threshold %.2f) → %s, attempt %d",
                        p.path("gate").asText(), p.path("score").asDouble(), p.path("threshold").asDouble(),
                        p.path("verdict").asText(), p.path("attempt").asInt()) : null;
            case ApprovalDecided -> "  gate " + p.path("gate").asText() + ": " + p.path("decision").asText() + " by "
                    + p.path("decidedBy").asText()
                    + (p.path("comment").asText("").isBlank() ? "" : " (" + p.path("comment").asText() + ")");
            case RequirementsClarified -> clarified(p);
            case GateWaived -> "  gate " + p.path("gate").asText() + ": waived by " + p.path("grantedBy").asText()
                    + " until " + p.path("expiresAt").asText() + " (" + p.path("reason").asText() + ")";
            case ApprovalReminderSent -> "  gate " + p.path("gate").asText() + ": reminder sent to the approvers";
            case ApprovalEscalated -> "  gate " + p.path("gate").asText() + ": approval escalated";
            case IncidentRaised ->
                "✖ " + p.path("jobType").asText() + " failed with no retries left: " + p.path("error").asText();
            case ProcessFailed -> "✖ run failed: " + p.path("reason").asText();
            case ProcessResumed -> "↻ resumed before " + p.path("elementId").asText() + " (new process instance "
                    + p.path("processInstanceKey").asText() + ")";
            case DecisionChanged -> "  decision " + p.path("decisionId").asText() + " → "
                // a person's free text: no control characters reach the terminal
                    + String.join("; ", p.path("chosen").asText().lines().toList()).replaceAll("\\p{Cntrl}", "?") + " ("
                    + p.path("source").asText() + (p.path("locked").asBoolean() ? ", locked" : "") + ", by "
                    + p.path("changedBy").asText() + ")";
            default -> null;
        };
        if (line != null) {
            out.printf(Locale.ROOT, "%7.2fs  %s%n", elapsed().toMillis() / 1000.0, line);
        }
    }

    /**
     * What the verification build is doing, so that the terminal does not sit silent
     * while it runs.
     */
    synchronized void buildStep(String step) {
        out.printf(Locale.ROOT, "%7.2fs      verification build: %s%n", elapsed().toMillis() / 1000.0, step);
    }

    /** The settled questions, and which recommended answers were taken. */
    private static String clarified(JsonNode p) {
        StringBuilder line = new StringBuilder("  requirements clarified by ")
            .append(p.path("answeredBy").asText("nobody (full automation)"))
            .append(':');
        for (JsonNode a : p.path("answers")) {
            line.append("\n            ")
                .append(a.path("decisionId").asText())
                .append(" = ")
                .append(a.path("value").asText())
                .append(a.path("defaultTaken").asBoolean() ? " (recommended default taken, an assumption)" : "");
        }
        return line.toString();
    }

    void summary(Run run, Path outDir, List<GateEvaluation> evaluations) {
        out.println();
        out.printf(Locale.ROOT, "Run %s %s in %.1f s%n", run.id(), run.status(), elapsed().toMillis() / 1000.0);
        if (run.status() == RunStatus.COMPLETED) {
            out.println("Project: " + outDir);
            out.println("Report:  " + outDir.resolve(Handover.REPORT));
        }
        else {
            if (run.failureReason() != null) {
                out.println("Reason:  " + run.failureReason());
            }
            if (!evaluations.isEmpty() && !evaluations.getLast().outcome().passed()) {
                GateEvaluation last = evaluations.getLast();
                out.println("Findings of gate " + last.gateId() + " (attempt " + last.attempt() + "):");
                last.criteria().stream().filter(c -> c.score() < 1.0).forEach(c -> {
                    out.printf(Locale.ROOT, "  %s %.2f (weight %.2f)%n", c.name(), c.score(), c.weight());
                    c.findings().forEach(f -> out.println("    · " + f.describe()));
                });
            }
            out.println("Nothing was written to " + outDir);
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static JsonNode payload(RunEvent event) {
        try {
            return JSON.readTree(event.payload());
        }
        catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

}
