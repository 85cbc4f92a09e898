package io.scaffold.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.domain.DomainSmells.Kind;
import io.scaffold.orchestrator.domain.DomainSmells.Smell;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smells of bug-tracker.jdl a reviewer pointed out, and none where there are none.
 */
class DomainSmellsTest {

    @TempDir
    Path dir;

    @Test
    void bugTrackerHasACommentInNoAggregateAMisspeltPriorityAndCappedFreeText() throws Exception {
        DomainModel model = new SpecReader().read(Path.of("../shared/corpus/jhipster-jdl-samples/bug-tracker.jdl"),
                SpecOptions.DEFAULTS);

        assertThat(DomainSmells.of(model)).extracting(Smell::kind, Smell::subject)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNLINKED_ENTITY, "Comment"),
                    org.assertj.core.groups.Tuple.tuple(Kind.MISSPELT_ENUM_VALUE, "Priority.LOWERST"),
                    org.assertj.core.groups.Tuple.tuple(Kind.CAPPED_FREE_TEXT, "Ticket.description"),
                    org.assertj.core.groups.Tuple.tuple(Kind.CAPPED_FREE_TEXT, "Comment.text"));
        assertThat(DomainSmells.of(model).getFirst().message())
            .isEqualTo("entity Comment is linked to no other entity of the domain (only to User, Comment): "
                    + "it belongs to no aggregate");
        assertThat(DomainSmells.of(model).getFirst().suggestion()).contains("ManyToOne { Comment to Ticket }");
        assertThat(DomainSmells.of(model).get(1).message())
            .isEqualTo("enum constant LOWERST does not spell its label \"Lowest\"");
    }

    @Test
    void aCleanModelHasNoSmells() throws Exception {
        Path spec = Files.writeString(dir.resolve("clean.jdl"),
                """
                        entity Ticket { title String required, description TextBlob, summary String maxlength(2000) }
                        entity Comment { text String maxlength(4000) }
                        enum Priority { HIGHEST("Highest"), HIGHER("Higher"), HIGH, LOW("Low"), LOWER, LOWEST, WONT_DO("Won't do") }
                        relationship ManyToOne { Comment{ticket} to Ticket }
                        """);
        DomainModel model = new SpecReader().read(spec, SpecOptions.DEFAULTS);

        assertThat(DomainSmells.of(model)).isEmpty();
    }

    @Test
    void siblingConstantsOneLetterApartAreFlagged() throws Exception {
        Path spec = Files.writeString(dir.resolve("typo.jdl"), """
                entity Parcel { state State }
                enum State { RECEIVED, RECIEVED, SHIPPED }
                """);

        assertThat(DomainSmells.of(new SpecReader().read(spec, SpecOptions.DEFAULTS))).singleElement()
            .satisfies(smell -> assertThat(smell.message())
                .isEqualTo("enum constants RECEIVED and RECIEVED of State differ by one letter"));
    }

}
