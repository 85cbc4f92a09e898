package io.scaffold.orchestrator.domain.decision;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A choice about the generated application that a person may want to change: the
 * question, the options, what was chosen, by whom and why. Generators build from the
 * domain model with the decisions applied, so changing a decision changes the output.
 *
 * @param id {@code kind-slug:subject}, see {@link DecisionKind#idFor(String)}
 * @param question the question as a person would be asked it
 * @param options the options offered (may be empty for free values such as a length)
 * @param chosen the chosen value; list-valued kinds hold one item per line
 * @param rationale why this value, in a sentence
 * @param assumption nobody confirmed it: it was taken as a default or by a heuristic
 * @param locked a person settled it; automatic rework may not change it
 * @param learnedFrom the earlier run of the organisation whose person's choice this value
 * is, when the source is {@link DecisionSource#LEARNED}; null otherwise
 */
public record Decision(String id, DecisionKind kind, String subject, String question, List<String> options,
        String chosen, DecisionSource source, String rationale, boolean assumption, boolean locked, UUID learnedFrom) {

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(source, "source");
        if (!kind.idFor(subject).equals(id)) {
            throw new IllegalArgumentException("decision id " + id + " does not match " + kind.idFor(subject));
        }
        if ((source == DecisionSource.LEARNED) != (learnedFrom != null)) {
            throw new IllegalArgumentException("decision " + id + " from " + source
                    + (learnedFrom == null ? " names no run it was learned from" : " cannot be learned from a run"));
        }
        options = List.copyOf(options);
        chosen = chosen == null ? "" : chosen;
    }

    public static Decision of(DecisionKind kind, String subject, String question, List<String> options, String chosen,
            DecisionSource source, String rationale, boolean assumption) {
        return new Decision(kind.idFor(subject), kind, subject, question, options, chosen, source, rationale,
                assumption, false, null);
    }

    /** The chosen value of a list-valued decision, one item per line. */
    public List<String> chosenItems() {
        return chosen.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** This decision with a new value from {@code source} (not {@code LEARNED}). */
    public Decision change(String value, DecisionSource source, String rationale, boolean assumption, boolean lock) {
        return new Decision(id, kind, subject, question, options, value, source, rationale, assumption, locked || lock,
                null);
    }

    /**
     * This decision with the value a person chose for the same subject in an earlier run:
     * still an assumption (nobody confirmed it for this run) and not locked.
     */
    public Decision learned(String value, UUID fromRun, String rationale) {
        return new Decision(id, kind, subject, question, options, value, DecisionSource.LEARNED, rationale, true, false,
                fromRun);
    }

}
