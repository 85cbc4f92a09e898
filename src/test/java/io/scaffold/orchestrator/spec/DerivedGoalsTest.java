package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.domain.DomainModel;
import org.junit.jupiter.api.Test;

/**
 * Without stated use cases, the reader derives them from what the model says users can
 * do: relationships (assign, list the ones of, add and remove) and enum fields (change
 * the status), rather than create/read/update/delete for every entity.
 */
class DerivedGoalsTest {

    @Test
    void useCasesFollowTheRelationshipsAndEnums() {
        DomainModel model = new SpecReader().read("tracker.jdl", """
                entity Ticket { title String required, status TicketStatus required }
                entity Agent { name String required }
                entity Label { name String required }
                entity Country { name String required }
                enum TicketStatus { OPEN, CLOSED }
                relationship ManyToOne { Ticket{assignee(name)} to Agent }
                relationship ManyToMany { Ticket{label} to Label }
                """, SpecOptions.DEFAULTS);

        assertThat(model.useCases())
            .contains("List tickets", "View a ticket", "Create a ticket", "Change the status of a ticket",
                    "Assign a ticket to an agent as assignee", "List the tickets of an agent",
                    "Add a label to a ticket", "Remove a label from a ticket")
            .doesNotContain("Update a ticket", "Delete a ticket")
            .contains("Update a country", "Delete a country");
        assertThat(model.objectives()).containsExactly("Manage tickets", "Manage agents", "Manage labels",
                "Manage countries");
        assertThat(model.assumptions()).anyMatch(a -> a.contains("derived from the entities, their relationships"));
    }

}
