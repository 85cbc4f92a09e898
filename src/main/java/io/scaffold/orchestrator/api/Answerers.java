package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.security.CurrentUser;

/**
 * The caller as the answerer of a user task (an approval, clarifying questions): the
 * token's groups are matched against the task's candidate groups.
 */
final class Answerers {

    private Answerers() {
    }

    static Approvals.Approver current(CurrentUser user) {
        return new Approvals.Approver(user.name(), user.groups(), user.admin(), user.identified());
    }

}
