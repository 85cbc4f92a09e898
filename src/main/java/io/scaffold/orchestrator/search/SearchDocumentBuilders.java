package io.scaffold.orchestrator.search;

import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.GateEvaluation;
import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.runs.Run;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds the search documents of a run from PostgreSQL, one builder per document type.
 * Ids are stable ({@code <type>:<runId>:<what>}), so building again and indexing
 * replaces.
 */
@Component
class SearchDocumentBuilders {

    /** Artifacts larger than this are indexed by path only. */
    static final int MAX_CONTENT_BYTES = 1_000_000;

    private final ArtifactStore artifacts;

    private final RunDecisions decisions;

    private final GateEvaluationRepository gates;

    SearchDocumentBuilders(ArtifactStore artifacts, RunDecisions decisions, GateEvaluationRepository gates) {
        this.artifacts = artifacts;
        this.decisions = decisions;
        this.gates = gates;
    }

    /** Every document of the run. */
    List<SearchDocument> build(Run run, Optional<DomainModel> model) {
        Set<String> entities = model
            .map(m -> m.entities()
                .stream()
                .map(entity -> entity.name().original())
                .collect(Collectors.toCollection(LinkedHashSet::new)))
            .orElseGet(LinkedHashSet::new);
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(run(run, model, entities));
        documents.addAll(artifacts(run, entities));
        documents.addAll(findings(run, entities));
        documents.addAll(decisions(run, entities));
        return documents;
    }

    SearchDocument run(Run run, Optional<DomainModel> model, Set<String> entities) {
        Map<SearchKeyword, String> keywords = new EnumMap<>(SearchKeyword.class);
        keywords.put(SearchKeyword.RUN_STATUS, run.status().name());
        keywords.put(SearchKeyword.APPLICATION, run.applicationName());
        String body = String.join("\n", run.specFile(), run.specFormat(), run.status().name(), run.organization(),
                String.join(" ", entities), model.map(DomainModel::description).orElse(""),
                run.failureReason() == null ? "" : run.failureReason());
        return new SearchDocument("run:" + run.id(), SearchDocumentType.RUN, run.id(), run.organization(),
                run.applicationName(), body, null, entities, keywords, run.createdAt());
    }

    List<SearchDocument> artifacts(Run run, Set<String> entities) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Artifact artifact : artifacts.latest(run.id())) {
            String content = artifact.sizeBytes() > MAX_CONTENT_BYTES ? ""
                    : artifacts.content(run.id(), artifact.path(), artifact.version())
                        .map(SearchDocumentBuilders::text)
                        .orElse("");
            Map<SearchKeyword, String> keywords = Map.of(SearchKeyword.ARTIFACT_TYPE, artifact.type().name(),
                    SearchKeyword.APPLICATION, run.applicationName());
            documents.add(new SearchDocument("artifact:" + run.id() + ":" + artifact.path(),
                    SearchDocumentType.ARTIFACT, run.id(), run.organization(), artifact.path(), content,
                    artifact.phaseId(), named(entities, artifact.path()), keywords, artifact.createdAt()));
        }
        return documents;
    }

    List<SearchDocument> findings(Run run, Set<String> entities) {
        List<SearchDocument> documents = new ArrayList<>();
        for (GateEvaluation evaluation : gates.forRun(run.id())) {
            int n = 0;
            for (GateEvaluation.Criterion criterion : evaluation.criteria()) {
                for (Finding finding : criterion.findings()) {
                    Map<SearchKeyword, String> keywords = new EnumMap<>(SearchKeyword.class);
                    keywords.put(SearchKeyword.RULE_ID, finding.ruleId());
                    keywords.put(SearchKeyword.SEVERITY, finding.severity().name());
                    keywords.put(SearchKeyword.CRITERION, finding.criterion());
                    keywords.put(SearchKeyword.GATE, evaluation.gateId());
                    String text = finding.ruleId() + " " + finding.message();
                    String body = String.join("\n", finding.message(), finding.suggestedAction(), finding.location(),
                            finding.criterion());
                    documents
                        .add(new SearchDocument(
                                "finding:" + run.id() + ":" + evaluation.gateId() + ":" + evaluation.attempt() + ":"
                                        + n++,
                                SearchDocumentType.FINDING, run.id(), run.organization(), text, body,
                                evaluation.phaseId(), mentioned(entities, text + " " + Identifiers.parts(body)),
                                keywords, evaluation.evaluatedAt()));
                }
            }
        }
        return documents;
    }

    List<SearchDocument> decisions(Run run, Set<String> entities) {
        return decisions.currentVersions(run.id()).stream().map(version -> {
            Decision decision = version.decision();
            Map<SearchKeyword, String> keywords = new EnumMap<>(SearchKeyword.class);
            keywords.put(SearchKeyword.DECISION_KIND, decision.kind().name());
            keywords.put(SearchKeyword.DECISION_SOURCE, sourceName(decision.source()));
            keywords.put(SearchKeyword.DECIDED_BY, version.changedBy());
            String body = String.join("\n", decision.chosen(), decision.rationale(), decision.subject(),
                    sourceName(decision.source()), version.changedBy());
            return new SearchDocument("decision:" + run.id() + ":" + decision.id(), SearchDocumentType.DECISION,
                    run.id(), run.organization(), decision.question(), body, null,
                    mentioned(entities, decision.subject() + " " + Identifiers.parts(decision.subject())), keywords,
                    version.changedAt());
        }).toList();
    }

    private static String sourceName(DecisionSource source) {
        return source == null ? "" : source.name();
    }

    /** The run's entities named (as a word) in the text. */
    private static Set<String> mentioned(Set<String> entities, String text) {
        Set<String> words = Set.copyOf(Arrays.asList(text.split("[^\\p{L}\\p{N}]+")));
        return entities.stream().filter(words::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The run's entities whose name the path contains ({@code InvoiceResource.java}). */
    private static Set<String> named(Set<String> entities, String path) {
        return entities.stream().filter(path::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** UTF-8 text, or nothing for binary content. */
    private static String text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return "";
            }
        }
        return new String(content, StandardCharsets.UTF_8);
    }

}
