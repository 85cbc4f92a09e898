package io.scaffold.orchestrator.generation;

import java.util.List;
import java.util.Objects;

/**
 * A user story the product owner wrote for the tickets and the PRD: "As a {@code role} I
 * want {@code goal} so that {@code benefit}". Untrusted prose: templates encode it.
 *
 * @param title a short name, e.g. "Assign a ticket"
 * @param acceptanceCriteria one "Given ..., when ..., then ..." sentence each
 */
public record UserStory(String title, String role, String goal, String benefit, List<String> acceptanceCriteria) {

    public UserStory {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(benefit, "benefit");
        acceptanceCriteria = List.copyOf(acceptanceCriteria);
    }

}
