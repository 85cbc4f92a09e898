package io.scaffold.orchestrator.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineRecordsTest {

    private final Record<?> first = mock(Record.class);

    private final Record<?> second = mock(Record.class);

    private final Record<?> appended = mock(Record.class);

    @Test
    void aReadThatOverlapsAnAppendIsTakenAgainAndSeesTheAppendedRecord() {
        List<Record<?>> engineList = new ArrayList<>(List.of(first, second));
        AtomicInteger reads = new AtomicInteger();
        RecordStreamSource engine = () -> reads.incrementAndGet() == 1 ? appendingWhileRead(engineList) : engineList;

        Iterable<Record<?>> snapshot = new EngineRecords(engine).getRecords();

        assertThat(snapshot).containsExactly(first, second, appended);
        assertThat(reads).hasValue(2);
        engineList.add(mock(Record.class));
        assertThat(snapshot).as("a snapshot, not a view").hasSize(3);
    }

    @Test
    void anEngineThatNeverStopsAppendingIsAnErrorThatSaysSo() {
        RecordStreamSource engine = () -> appendingWhileRead(new ArrayList<>(List.of(first, second)));

        assertThatThrownBy(() -> new EngineRecords(engine).getRecords()).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("appended records during each of " + EngineRecords.MAX_ATTEMPTS + " attempts")
            .hasCauseInstanceOf(ConcurrentModificationException.class);
    }

    /** The list's own iterator, with a record appended after the first one was read. */
    private Iterable<Record<?>> appendingWhileRead(List<Record<?>> list) {
        return () -> {
            Iterator<Record<?>> records = list.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Record<?> next() {
                    Record<?> next = records.next();
                    if (!list.contains(appended)) {
                        list.add(appended);
                    }
                    else {
                        list.add(mock(Record.class));
                    }
                    return next;
                }
            };
        };
    }

}
