package io.scaffold.orchestrator.process;

import java.util.Collection;
import java.util.List;

/**
 * Where open Camunda user tasks are found: the embedded engine's record stream
 * (runtime.embedded), or a cluster's search API (runtime.cluster), which reads exported
 * data and so lists a new task a moment after it was created.
 */
public interface UserTaskInbox {

    /**
     * Open user tasks, oldest first, each with the named variables of its process
     * instance.
     */
    List<OpenUserTask> list(Collection<String> variableNames);

}
