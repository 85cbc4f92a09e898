package io.scaffold.orchestrator.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data a user task's Camunda form starts from: the process variables it reads, as
 * Tasklist hands them to the form, so another form-js renders the same form with the same
 * data.
 */
final class UserTaskForms {

    private UserTaskForms() {
    }

    /** The named variables the task's instance holds (those it lacks are left out). */
    static Map<String, Object> variables(Map<String, Object> taskVariables, Collection<String> formReads) {
        Map<String, Object> values = new LinkedHashMap<>();
        formReads.stream()
            .filter(taskVariables::containsKey)
            .forEach(name -> values.put(name, taskVariables.get(name)));
        return values;
    }

}
