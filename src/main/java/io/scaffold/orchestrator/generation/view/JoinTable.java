package io.scaffold.orchestrator.generation.view;

import io.scaffold.orchestrator.domain.Names;

/**
 * A join table owned by the "from" side of a many-to-many relationship; its primary key
 * is both columns.
 */
public record JoinTable(String name, String ownerTable, String ownerColumn, String targetTable, String targetColumn) {
    public String getOwnerForeignKey() {
        return Names.sqlIdentifier("fk_" + name + "_" + ownerColumn);
    }

    public String getTargetForeignKey() {
        return Names.sqlIdentifier("fk_" + name + "_" + targetColumn);
    }

    public String getOwnerIndex() {
        return Names.sqlIdentifier("idx_" + name + "_" + ownerColumn);
    }

    public String getTargetIndex() {
        return Names.sqlIdentifier("idx_" + name + "_" + targetColumn);
    }
}
