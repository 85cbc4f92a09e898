package io.scaffold.orchestrator.gates;

import static io.scaffold.orchestrator.domain.decision.DecisionKind.DISPLAY_FIELD;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.DTO_STYLE;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.ENTITY_NAME;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.ENUM_VALUES;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.FIELD_REQUIRED;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.OBJECTIVES;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.PAGINATION;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.RELATIONSHIP_OWNER;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.SCHEMA_ORG_TYPE;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.SECURED;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.STRING_LENGTH;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.TABLE_NAME;
import static io.scaffold.orchestrator.domain.decision.DecisionKind.USE_CASES;

import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The decisions an approval puts before the approver. The rule: first every decision a
 * finding of the scoring round proposes to change (unless a person locked it), with the
 * proposed value; then every unconfirmed assumption of the gate's phase (the kinds the
 * phase's output is built from, {@link #kindsOf}), so a default nobody chose is seen
 * before it is approved. Locked decisions are settled and not listed; the approver may
 * still change any decision by its id.
 */
@Service
public class OpenDecisions {

    private static final Map<String, Set<DecisionKind>> KINDS_OF_PHASE = Map.of(Phase.DOMAIN_ANALYSIS.id(),
            EnumSet.of(SCHEMA_ORG_TYPE, ENTITY_NAME, FIELD_REQUIRED, ENUM_VALUES, USE_CASES, OBJECTIVES),
            Phase.ARCHITECTURE.id(), EnumSet.of(SECURED), Phase.DATA_DESIGN.id(),
            EnumSet.of(STRING_LENGTH, RELATIONSHIP_OWNER, TABLE_NAME), Phase.API_DESIGN.id(),
            EnumSet.of(PAGINATION, DTO_STYLE, DISPLAY_FIELD));

    private final RunDecisions decisions;

    OpenDecisions(RunDecisions decisions) {
        this.decisions = decisions;
    }

    /** The kinds of decision a phase's output is built from; empty for later phases. */
    static Set<DecisionKind> kindsOf(String phaseId) {
        return KINDS_OF_PHASE.getOrDefault(phaseId, Set.of());
    }

    /**
     * @param findings the findings of the scoring round the approval is about
     */
    public List<OpenDecision> of(UUID runId, String phaseId, List<Finding> findings) {
        List<Decision> current = decisions.current(runId);
        Map<String, Decision> byId = new LinkedHashMap<>();
        current.forEach(d -> byId.put(d.id(), d));
        Map<String, OpenDecision> open = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Decision d = finding.proposedChange() == null ? null : byId.get(finding.proposedChange().decisionId());
            if (d != null && !d.locked()) {
                open.putIfAbsent(d.id(), OpenDecision.proposed(d, finding));
            }
        }
        Set<DecisionKind> kinds = kindsOf(phaseId);
        for (Decision d : current) {
            if (d.assumption() && !d.locked() && kinds.contains(d.kind())) {
                open.putIfAbsent(d.id(), OpenDecision.assumed(d));
            }
        }
        return new ArrayList<>(open.values());
    }

    /**
     * What the approval form offers to change: every decision of the gate's phase a
     * person has not settled, open or not (so an approver can also rename an entity or
     * mark a field required), open ones first.
     */
    public List<DecisionChoice> choices(UUID runId, String phaseId, List<OpenDecision> open) {
        Set<DecisionKind> kinds = kindsOf(phaseId);
        Map<String, DecisionChoice> choices = new LinkedHashMap<>();
        open.forEach(d -> choices.put(d.id(), new DecisionChoice(d.id() + " (now: " + d.current() + ")", d.id())));
        for (Decision d : decisions.current(runId)) {
            if (!d.locked() && kinds.contains(d.kind())) {
                choices.putIfAbsent(d.id(), new DecisionChoice(d.id() + " (now: " + d.chosen() + ")", d.id()));
            }
        }
        return new ArrayList<>(choices.values());
    }

    /**
     * An entry of the form's decision select: {@code label} shown, {@code value} sent.
     */
    public record DecisionChoice(String label, String value) {
    }

}
