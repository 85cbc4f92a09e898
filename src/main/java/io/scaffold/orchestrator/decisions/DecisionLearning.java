package io.scaffold.orchestrator.decisions;

import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Decisions that teach the next run: before a run's first decision set is stored, each
 * assumption (a default or a heuristic's guess, never what the spec states) of a
 * {@link DecisionKind#learnable() learnable} kind takes the value a person of the same
 * organisation last chose for the same subject (same entity, same {@code Entity.field},
 * compared case-insensitively) in an earlier run, with source LEARNED and that run in
 * {@link Decision#learnedFrom()}. It stays an assumption a person can change. A value
 * that does not fit the new run (an option it does not offer, a table name another entity
 * has) is not learned. Read with SQL from the decision store, so the search index is
 * never needed for it.
 */
@Service
public class DecisionLearning {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final DecisionRepository repository;

    DecisionLearning(DecisionRepository repository) {
        this.repository = repository;
    }

    /**
     * The derived decisions with what people of the organisation chose before applied.
     */
    public List<Decision> learn(UUID runId, List<Decision> derived) {
        List<DecisionKind> kinds = derived.stream()
            .filter(DecisionLearning::open)
            .map(Decision::kind)
            .distinct()
            .toList();
        Map<String, DecisionRepository.PersonChoice> choices = repository.personChoices(runId, kinds)
            .stream()
            .collect(Collectors.toMap(c -> key(c.kind(), c.subject()), c -> c));
        Map<String, Decision> result = new LinkedHashMap<>();
        derived.forEach(d -> result.put(d.id(), d));
        for (Decision d : derived) {
            DecisionRepository.PersonChoice choice = open(d) ? choices.get(key(d.kind(), d.subject())) : null;
            if (choice == null) {
                continue;
            }
            List<Decision> others = new ArrayList<>(result.values());
            others.removeIf(o -> o.id().equals(d.id()));
            try {
                String value = DecisionValues.normalised(d, choice.chosen(), others);
                result.put(d.id(), d.learned(value, choice.runId(), choice.changedBy() + " chose it for "
                        + choice.subject() + " on " + DAY.format(choice.changedAt()) + " in run " + choice.runId()));
            }
            catch (IllegalArgumentException e) {
                // the earlier choice does not fit this run's model: the derived value
                // stays
            }
        }
        return List.copyOf(result.values());
    }

    private static boolean open(Decision d) {
        return d.kind().learnable() && d.assumption() && !d.locked() && d.source() != DecisionSource.SPEC;
    }

    private static String key(DecisionKind kind, String subject) {
        return kind.name() + ":" + subject.toLowerCase(Locale.ROOT);
    }

}
