package io.scaffold.orchestrator.domain;

import java.util.List;

/**
 * A persistent entity of the domain.
 *
 * @param name the entity's names in every form the generators need
 * @param documentation documentation comment from the input (may be empty)
 * @param fields fields in declaration order (the technical {@code id} is implicit, never
 * listed)
 * @param options generation options (pagination, DTOs, ...)
 * @param schemaOrgType suggested schema.org type, e.g. {@code Person}; {@code Thing} when
 * nothing fits better
 * @param builtIn true for a built-in entity (JHipster {@code User}/{@code Authority}) the
 * generator must provide
 */
public record Entity(Name name, String documentation, List<Field> fields, EntityOptions options, String schemaOrgType,
        boolean builtIn) {

    public Entity {
        fields = List.copyOf(fields);
    }
}
