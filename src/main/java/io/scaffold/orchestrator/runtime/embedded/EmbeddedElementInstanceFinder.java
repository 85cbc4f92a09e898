package io.scaffold.orchestrator.runtime.embedded;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.scaffold.orchestrator.process.ElementInstanceFinder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Element instances on the embedded engine, read from its record stream: an instance
 * belongs to the run when it is the root or was called by an instance that belongs to it
 * (the stream holds a parent's records before its children's). A multi-instance element
 * counts its instances, not the body that holds them.
 */
final class EmbeddedElementInstanceFinder implements ElementInstanceFinder {

    private final RecordStreamSource records;

    EmbeddedElementInstanceFinder(RecordStreamSource records) {
        this.records = records;
    }

    @Override
    public List<Instance> instances(long rootProcessInstanceKey) {
        Map<Long, Started> instances = new LinkedHashMap<>();
        Map<Long, ProcessInstanceIntent> elementStates = new LinkedHashMap<>();
        Map<Long, ProcessInstanceRecordValue> elements = new LinkedHashMap<>();
        Set<Long> incidents = new HashSet<>();
        for (Record<?> record : records.getRecords()) {
            if (record.getRecordType() != RecordType.EVENT) {
                continue;
            }
            if (record.getValueType() == ValueType.PROCESS_INSTANCE) {
                var value = (ProcessInstanceRecordValue) record.getValue();
                var intent = (ProcessInstanceIntent) record.getIntent();
                if (value.getBpmnElementType() == BpmnElementType.PROCESS) {
                    if (intent == ProcessInstanceIntent.ELEMENT_ACTIVATING && (record.getKey() == rootProcessInstanceKey
                            || instances.containsKey(value.getParentProcessInstanceKey()))) {
                        instances.put(record.getKey(), new Started(value.getBpmnProcessId(),
                                record.getKey() == rootProcessInstanceKey ? 0 : value.getParentElementInstanceKey()));
                    }
                }
                else if (instances.containsKey(value.getProcessInstanceKey()) && isElementState(intent)
                        && value.getBpmnElementType() != BpmnElementType.MULTI_INSTANCE_BODY) {
                    elements.putIfAbsent(record.getKey(), value);
                    elementStates.put(record.getKey(), intent);
                }
            }
            else if (record.getValueType() == ValueType.INCIDENT) {
                var incident = (IncidentRecordValue) record.getValue();
                if (record.getIntent() == IncidentIntent.CREATED) {
                    incidents.add(incident.getElementInstanceKey());
                }
                else if (record.getIntent() == IncidentIntent.RESOLVED) {
                    incidents.remove(incident.getElementInstanceKey());
                }
            }
        }
        Map<Long, List<ElementInstance>> byInstance = new LinkedHashMap<>();
        instances.keySet().forEach(key -> byInstance.put(key, new ArrayList<>()));
        elements.forEach((key, value) -> byInstance.get(value.getProcessInstanceKey())
            .add(new ElementInstance(key, value.getElementId(),
                    state(elementStates.get(key), incidents.contains(key)))));
        List<Instance> result = new ArrayList<>();
        instances.forEach((key, started) -> result
            .add(new Instance(key, started.processId(), started.callingElementInstanceKey(), byInstance.get(key))));
        return List.copyOf(result);
    }

    private record Started(String processId, long callingElementInstanceKey) {
    }

    private static boolean isElementState(ProcessInstanceIntent intent) {
        return intent == ProcessInstanceIntent.ELEMENT_ACTIVATING || intent == ProcessInstanceIntent.ELEMENT_COMPLETED
                || intent == ProcessInstanceIntent.ELEMENT_TERMINATED;
    }

    private static ElementState state(ProcessInstanceIntent latest, boolean incident) {
        if (latest == ProcessInstanceIntent.ELEMENT_COMPLETED) {
            return ElementState.COMPLETED;
        }
        if (latest == ProcessInstanceIntent.ELEMENT_TERMINATED) {
            return ElementState.TERMINATED;
        }
        return incident ? ElementState.INCIDENT : ElementState.ACTIVE;
    }

}
