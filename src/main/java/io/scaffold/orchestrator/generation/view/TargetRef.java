package io.scaffold.orchestrator.generation.view;

import io.scaffold.orchestrator.domain.Name;

/**
 * What a reference needs to know about the entity at its other end (a record, so no
 * cycles between views); {@code readOnly} when its API only reads (JDL {@code readOnly}).
 */
public record TargetRef(Name name, String packageName, String table, boolean readOnly) {
    public String getQualifiedClass() {
        return packageName + "." + name.className();
    }
}
