package io.scaffold.orchestrator.gates;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All criterion validators by criterion name: what the {@code gate.score-criterion}
 * worker calls.
 */
@Component
public class CriterionValidators {

    private final Map<String, CriterionValidator> byCriterion;

    public CriterionValidators(List<CriterionValidator> validators) {
        this.byCriterion = validators.stream()
            .collect(Collectors.toMap(CriterionValidator::criterion, Function.identity(), (a, b) -> {
                throw new IllegalStateException("two validators for criterion " + a.criterion() + ": "
                        + a.getClass().getName() + " and " + b.getClass().getName());
            }, TreeMap::new));
    }

    public CriterionScore score(String criterion, GateSubject subject) {
        CriterionValidator validator = byCriterion.get(criterion);
        if (validator == null) {
            throw new UnknownCriterionException("no validator for gate criterion '" + criterion + "'; known criteria: "
                    + String.join(", ", byCriterion.keySet())
                    + ". Fix the criterion name in dmn/gate-policy.dmn or add a validator.");
        }
        return validator.score(subject);
    }

    public Set<String> criteria() {
        return byCriterion.keySet();
    }

    /** Thrown for a criterion name no validator scores. */
    public static class UnknownCriterionException extends IllegalArgumentException {

        UnknownCriterionException(String message) {
            super(message);
        }

    }

}
