package io.scaffold.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.runs.EventType;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    @Test
    void aChangedDecisionIsShownWithItsNewValueSourceAndWhoChangedIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressPrinter printer = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new SpecReader().read("shop.jdl", "entity Book { title String }\n", SpecOptions.DEFAULTS));

        printer.print(new RunEvent(1, UUID.randomUUID(), EventType.DecisionChanged, """
                {"decisionId": "use-cases:application", "version": 2, "chosen": "List books\\nLend a book",
                 "source": "PERSON", "locked": true, "changedBy": "ella", "reason": "loans"}""", Instant.now()));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
            .contains("decision use-cases:application → List books; Lend a book (PERSON, locked, by ella)");
    }

}
