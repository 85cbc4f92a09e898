# ${app.title}: schema.org mapping

Each entity is mapped to the schema.org type that describes it best, so that its data can be published as
linked data (JSON-LD) and its meaning is clear to people who join the project. `Thing` means that no more
specific type fits.

| Entity | schema.org type | Fields |
|---|---|---|
<#list entities as e>
| ${md(e.name.original)} | https://schema.org/${e.entity.schemaOrgType} | ${e.fields?map(f -> f.name.fieldName)?join(", ")} |
</#list>
