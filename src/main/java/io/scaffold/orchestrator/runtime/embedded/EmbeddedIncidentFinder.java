package io.scaffold.orchestrator.runtime.embedded;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.scaffold.orchestrator.process.IncidentFinder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open incidents on the embedded engine, read from its record stream: an incident belongs
 * to the run whose instance is the root of its element instance path, so those of called
 * gate instances (at any depth) count.
 */
final class EmbeddedIncidentFinder implements IncidentFinder {

    private final RecordStreamSource records;

    EmbeddedIncidentFinder(RecordStreamSource records) {
        this.records = records;
    }

    @Override
    public List<Incident> openIncidents(long rootProcessInstanceKey) {
        Map<Long, Incident> open = new LinkedHashMap<>();
        for (Record<?> record : records.getRecords()) {
            if (record.getRecordType() != RecordType.EVENT || record.getValueType() != ValueType.INCIDENT) {
                continue;
            }
            IncidentRecordValue incident = (IncidentRecordValue) record.getValue();
            List<List<Long>> path = incident.getElementInstancePath();
            long incidentRoot = path.isEmpty() || path.getFirst().isEmpty() ? incident.getProcessInstanceKey()
                    : path.getFirst().getFirst();
            if (incidentRoot != rootProcessInstanceKey) {
                continue;
            }
            if (record.getIntent() == IncidentIntent.CREATED) {
                open.put(record.getKey(), new Incident(record.getKey(), incident.getErrorType().name(),
                        incident.getErrorMessage(), incident.getElementId(), incident.getJobKey()));
            }
            else if (record.getIntent() == IncidentIntent.RESOLVED) {
                open.remove(record.getKey());
            }
        }
        return List.copyOf(open.values());
    }

}
