package io.scaffold.orchestrator.gates.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.ModelAgents;
import io.scaffold.orchestrator.llm.ModelAnswer;
import io.scaffold.orchestrator.llm.ModelQuestion;
import io.scaffold.orchestrator.llm.PromptTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A reviewer that reads generated files with a language model and reports what it finds
 * as structured findings of its own declared rules. The model only chooses among the
 * rules and points at files it was shown; the rule gives the severity. Without a model
 * (or after its fallback) the review finds nothing.
 *
 * <p>
 * Reviewer criteria are judgement criteria of weight 0 in {@code dmn/gate-policy.dmn}:
 * the findings appear on the scorecard and in the report, and findings above INFO turn a
 * passing gate into CONCERNS (a person reads them in partial and manual automation), but
 * they never lower the gate's score, so a model cannot reject or rework a run on its own
 * say-so. Its findings propose no decision change; on rework the reviser may.
 */
final class ModelReview {

    /** How much generated text one review shows the model at most. */
    static final int MAX_INPUT_CHARS = 60_000;

    private static final int MAX_ISSUES = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The model's answer. */
    record Review(List<Issue> issues) {

        /**
         * @param ruleId one of the reviewer's rule ids
         * @param file a path among the files shown
         * @param line 1-based, or 0 for the whole file
         */
        record Issue(String ruleId, String file, int line, String message, String suggestedAction) {
        }

    }

    /** What the model reads. */
    private record Material(String application, List<String> useCases, Map<String, String> rules,
            Map<String, String> files, int filesLeftOut) {
    }

    private final ModelAgents agents;

    private final AgentRole reviewer;

    private final PromptTemplate template;

    private final String criterion;

    private final List<FindingRule> rules;

    ModelReview(ModelAgents agents, AgentRole reviewer, PromptTemplate template, String criterion,
            List<FindingRule> rules) {
        this.agents = agents;
        this.reviewer = reviewer;
        this.template = template;
        this.criterion = criterion;
        this.rules = List.copyOf(rules);
    }

    /**
     * Reviews {@code paths} (project-relative) of the subject's project: the share of
     * reviewed files without findings is the score.
     */
    CriterionScore review(GateSubject subject, List<String> paths) {
        Map<String, String> files = new LinkedHashMap<>();
        int size = 0;
        int leftOut = 0;
        for (String path : paths) {
            String text = ProjectFiles.read(subject.projectDir(), path).orElse(null);
            if (text == null) {
                continue;
            }
            if (size + text.length() > MAX_INPUT_CHARS) {
                leftOut++;
                continue;
            }
            files.put(path, text);
            size += text.length();
        }
        if (files.isEmpty()) {
            return new CriterionScore(criterion, 1.0, List.of());
        }
        Material material = new Material(subject.model().name(), subject.model().useCases(),
                rules.stream()
                    .collect(Collectors.toMap(FindingRule::id, FindingRule::checks, (a, b) -> a, LinkedHashMap::new)),
                files, leftOut);
        var question = new ModelQuestion<>(reviewer, runId(subject), template, json(material), Review.class,
                answer -> problems(answer, files));
        ModelAnswer<Review> answer = agents.ask(question, () -> new Review(List.of()));
        List<Finding> findings = new ArrayList<>();
        for (Review.Issue issue : answer.value().issues()) {
            FindingRule rule = rules.stream().filter(r -> r.id().equals(issue.ruleId())).findFirst().orElseThrow();
            findings.add(rule.at(issue.file(), issue.line(),
                    issue.message().strip() + " (" + reviewer.key() + ", " + answer.provenance().describe() + ")",
                    issue.suggestedAction().strip()));
        }
        Set<String> withFindings = findings.stream().map(Finding::file).collect(Collectors.toSet());
        return CriterionScore.ofChecks(criterion, files.size() - withFindings.size(), files.size(), findings);
    }

    private List<String> problems(Review answer, Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        List<Review.Issue> issues = answer.issues() == null ? List.of() : answer.issues();
        if (issues.size() > MAX_ISSUES) {
            problems.add("report at most " + MAX_ISSUES + " issues, the most important first, not " + issues.size());
        }
        Set<String> ruleIds = rules.stream().map(FindingRule::id).collect(Collectors.toSet());
        for (int i = 0; i < issues.size(); i++) {
            Review.Issue issue = issues.get(i);
            String where = "issue " + (i + 1);
            if (!ruleIds.contains(issue.ruleId())) {
                problems.add(where + ": '" + issue.ruleId() + "' is not a rule id; use one of " + ruleIds);
            }
            String text = issue.file() == null ? null : files.get(issue.file());
            if (text == null) {
                problems.add(where + ": '" + issue.file() + "' is not one of the files shown; use its path exactly");
            }
            else if (issue.line() < 0 || issue.line() > text.lines().count()) {
                problems.add(where + ": " + issue.file() + " has no line " + issue.line() + "; give a line from 1 to "
                        + text.lines().count() + ", or 0 for the whole file");
            }
            if (blankOrMultiline(issue.message())) {
                problems.add(where + ": the message must be one non-empty line");
            }
            if (blankOrMultiline(issue.suggestedAction())) {
                problems.add(where + ": the suggested action must be one non-empty line");
            }
        }
        return problems;
    }

    private static boolean blankOrMultiline(String text) {
        return text == null || text.isBlank() || text.strip().contains("\n") || text.length() > 500;
    }

    /**
     * The project-relative paths of the files below {@code dir} ending in {@code suffix}.
     */
    static List<String> files(Path projectDir, String dir, String suffix) {
        return ProjectFiles.walk(projectDir, dir, suffix)
            .stream()
            .map(f -> ProjectFiles.relative(projectDir, f))
            .toList();
    }

    /**
     * The run as the audit records it; null for a subject that is no run's (a test
     * fixture).
     */
    private static UUID runId(GateSubject subject) {
        try {
            return UUID.fromString(subject.runId());
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String json(Material material) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(material);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the review material", e);
        }
    }

}
