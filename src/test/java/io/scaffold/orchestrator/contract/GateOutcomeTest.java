package io.scaffold.orchestrator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GateOutcomeTest {

    @Test
    void aGatePassesWhenDmnPassesItOrAPersonApprovesIt() {
        assertThat(GateOutcome.of("PASS", null).passed()).isTrue();
        assertThat(GateOutcome.of("APPROVAL_REQUIRED", "approve").passed()).isTrue();

        assertThat(GateOutcome.of("APPROVAL_REQUIRED", null).passed()).isFalse();
        assertThat(GateOutcome.of("APPROVAL_REQUIRED", "request-changes").passed()).isFalse();
        assertThat(GateOutcome.of("APPROVAL_REQUIRED", "reject").passed()).isFalse();
        assertThat(GateOutcome.of("REWORK", null).passed()).isFalse();
        assertThat(GateOutcome.of("REJECT", null).passed()).isFalse();
    }

    @Test
    void theLabelIsTheVerdictOrThePersonsDecision() {
        assertThat(GateOutcome.of("REWORK", null).label()).isEqualTo("REWORK");
        assertThat(GateOutcome.of("APPROVAL_REQUIRED", "approve").label()).isEqualTo("APPROVED");
        assertThat(GateOutcome.of("APPROVAL_REQUIRED", "reject").label()).isEqualTo("REJECTED");
        assertThat(GateOutcome.of("APPROVAL_REQUIRED", "request-changes").label()).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void unknownWireValuesAreRefused() {
        assertThatThrownBy(() -> ApprovalDecision.of("maybe"))
            .hasMessage("decision must be one of approve, request-changes, reject; got 'maybe'");
        assertThatThrownBy(() -> ApprovalDecision.of(null)).hasMessageEndingWith("got none");
        assertThatThrownBy(() -> GateVerdict.of("PASSED")).hasMessage("unknown gate verdict 'PASSED'");
        assertThat(AutomationLevel.of("partial")).contains(AutomationLevel.PARTIAL);
        assertThat(AutomationLevel.of("FULL")).isEmpty();
    }

}
