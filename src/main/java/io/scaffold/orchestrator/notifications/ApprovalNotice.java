package io.scaffold.orchestrator.notifications;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An approval that has waited too long, for the people who should answer it.
 *
 * @param groups the candidate groups to notify: the gate's approvers for a reminder, its
 * escalation groups for an escalation
 * @param link where the approval is answered
 */
public record ApprovalNotice(Kind kind, UUID runId, String gateId, String phaseId, List<String> groups, String link) {

    /** Why the people are notified. */
    public enum Kind {

        /** The approval waits longer than the policy's remindAfter. */
        REMINDER,

        /**
         * The approval waits longer than the policy's escalateAfter: it now goes to
         * others.
         */
        ESCALATION;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

}
