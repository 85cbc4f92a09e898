package io.scaffold.orchestrator.decisions;

import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.runs.RunEventData;
import io.scaffold.orchestrator.runs.RunEventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of each run, versioned: derived once at intake, then changed by a gate's
 * rework (heuristic fixes, recorded as assumptions) or a person (locked). Generators
 * build from {@link #effectiveModel}, the stored model with the current decisions
 * applied, so a changed decision changes the output. Applying a value a decision already
 * has stores nothing, so a retried job duplicates nothing.
 */
@Service
public class RunDecisions {

    private final DecisionRepository repository;

    private final DomainModels models;

    private final RunEventLog events;

    RunDecisions(DecisionRepository repository, DomainModels models, RunEventLog events) {
        this.repository = repository;
        this.models = models;
        this.events = events;
    }

    /** The latest version of each decision of the run, sorted by id. */
    public List<Decision> current(UUID runId) {
        return repository.current(runId).stream().map(DecisionVersion::decision).toList();
    }

    /** The latest version of each decision with who changed it, when and why. */
    public List<DecisionVersion> currentVersions(UUID runId) {
        return repository.current(runId);
    }

    public Optional<Decision> find(UUID runId, String decisionId) {
        return repository.current(runId, decisionId).map(DecisionVersion::decision);
    }

    /** Every version of a decision, oldest first. */
    public List<DecisionVersion> history(UUID runId, String decisionId) {
        return repository.history(runId, decisionId);
    }

    /**
     * Stores the run's first decision set (version 1 of each) unless it has one already.
     * @return true when stored by this call
     */
    @Transactional
    public boolean initialise(UUID runId, List<Decision> derived, String changedBy) {
        if (repository.revision(runId) > 0) {
            return false;
        }
        Instant now = Instant.now();
        derived.forEach(d -> repository.insert(runId, new DecisionVersion(d, 1, 1, changedBy, now, null)));
        return true;
    }

    /**
     * Checks changes against the run's current decisions without storing anything.
     * @throws IllegalArgumentException naming every invalid change: unknown decision id,
     * locked decision, value not among the options, not a number, not a name
     */
    public void validate(UUID runId, List<DecisionChange> changes) {
        Map<String, Decision> current = byId(current(runId));
        List<String> problems = new ArrayList<>();
        for (DecisionChange change : changes) {
            try {
                Decision next = changed(current, change, DecisionSource.PERSON, false);
                current.put(next.id(), next);
            }
            catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() == 1 ? problems.getFirst()
                    : problems.size() + " decision changes are invalid: " + String.join("; ", problems));
        }
    }

    /**
     * Whether applying the change would change its decision: it exists, is not locked,
     * and the value is valid and differs from the current one.
     */
    public boolean changes(UUID runId, DecisionChange change) {
        Map<String, Decision> current = byId(current(runId));
        Decision before = current.get(change.decisionId());
        try {
            return before != null && !changed(current, change, DecisionSource.HEURISTIC, false).equals(before);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Stores a new version of each decision whose value the changes change, in one
     * decision set, and records a {@code DecisionChanged} event for each. A change to the
     * value a decision has is skipped (unless a person confirms an assumption with it,
     * which settles it), so a retry stores nothing.
     * @param source PERSON stores the changes as confirmed (not assumptions); any other
     * source as assumptions
     * @param lock lock the changed decisions against automatic rework
     * @return the decisions changed, as stored
     * @throws IllegalArgumentException as {@link #validate}; nothing is stored then
     */
    @Transactional
    public List<Decision> apply(UUID runId, List<DecisionChange> changes, DecisionSource source, boolean lock,
            String changedBy) {
        validate(runId, changes);
        Map<String, DecisionVersion> storedVersions = new LinkedHashMap<>();
        repository.current(runId).forEach(v -> storedVersions.put(v.decision().id(), v));
        Map<String, Decision> current = byId(current(runId));
        int revision = repository.revision(runId) + 1;
        Instant now = Instant.now();
        Map<String, Decision> changed = new LinkedHashMap<>();
        for (DecisionChange change : changes) {
            Decision next = changed(current, change, source, lock);
            if (next.equals(current.get(next.id()))) {
                continue;
            }
            current.put(next.id(), next);
            changed.put(next.id(), next);
        }
        List<Decision> stored = new ArrayList<>();
        for (Decision next : changed.values()) {
            int version = storedVersions.get(next.id()).version() + 1;
            String reason = reasonFor(changes, next.id());
            if (!repository.insert(runId, new DecisionVersion(next, version, revision, changedBy, now, reason))) {
                // another worker of the phase applied the same rework first
                String theirs = repository.current(runId, next.id()).orElseThrow().decision().chosen();
                if (theirs.equals(next.chosen())) {
                    continue;
                }
                throw new IllegalStateException("decision " + next.id() + " was changed to '" + theirs
                        + "' while this job changed it to '" + next.chosen() + "'; the job is retried");
            }
            events.append(runId, next.id() + "@" + version, new RunEventData.DecisionChanged(next.id(), version,
                    next.chosen(), next.source().name(), next.locked(), changedBy, reason), now);
            stored.add(next);
        }
        return List.copyOf(stored);
    }

    /** The stored domain model with the run's current decisions applied. */
    public DomainModel effectiveModel(UUID runId) {
        return DecisionApplication.apply(models.load(runId), current(runId));
    }

    /**
     * The number of the run's current decision set: 1 after derivation, one more per
     * apply that changed something; 0 before derivation.
     */
    public int version(UUID runId) {
        return repository.revision(runId);
    }

    /**
     * The decision as the change would leave it: itself when the value is the one it has.
     */
    private static Decision changed(Map<String, Decision> current, DecisionChange change, DecisionSource source,
            boolean lock) {
        Decision decision = current.get(change.decisionId());
        if (decision == null) {
            throw new IllegalArgumentException(
                    "there is no decision " + change.decisionId() + " in this run; " + known(current, change));
        }
        List<Decision> others = current.values().stream().filter(d -> !d.id().equals(decision.id())).toList();
        if (decision.locked()) {
            if (sameValue(decision, change.value(), others)) {
                return decision;
            }
            throw new IllegalArgumentException("decision " + decision.id() + " is locked: a person settled it as '"
                    + decision.chosen() + "'; leave it out of the changes");
        }
        String value = DecisionValues.normalised(decision, change.value(), others);
        String rationale = change.reason() == null || change.reason().isBlank() ? decision.rationale()
                : change.reason().strip();
        if (value.equals(decision.chosen())) {
            // a person who confirms the value an assumption has settles it; anyone else
            // repeating a value changes nothing
            return source == DecisionSource.PERSON && lock ? decision.change(value, source, rationale, false, true)
                    : decision;
        }
        return decision.change(value, source, rationale, source != DecisionSource.PERSON, lock);
    }

    private static boolean sameValue(Decision decision, String value, List<Decision> others) {
        try {
            return DecisionValues.normalised(decision, value, others).equals(decision.chosen());
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String known(Map<String, Decision> current, DecisionChange change) {
        List<String> sameKind = current.values()
            .stream()
            .filter(d -> d.kind() == change.kind())
            .map(Decision::id)
            .limit(10)
            .toList();
        return sameKind.isEmpty() ? "it has no " + change.kind().slug() + " decisions"
                : "use one of its " + change.kind().slug() + " decisions, e.g. " + String.join(", ", sameKind);
    }

    private static String reasonFor(List<DecisionChange> changes, String decisionId) {
        return changes.stream()
            .filter(c -> c.decisionId().equals(decisionId))
            .map(DecisionChange::reason)
            .reduce((first, last) -> last)
            .orElse(null);
    }

    private static Map<String, Decision> byId(List<Decision> decisions) {
        Map<String, Decision> byId = new LinkedHashMap<>();
        decisions.forEach(d -> byId.put(d.id(), d));
        return byId;
    }

}
