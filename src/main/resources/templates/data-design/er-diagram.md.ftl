# ${app.title}: entity-relationship diagram

Tables of `src/main/resources/db/migration/V1__create_schema.sql`. Join tables of many-to-many relationships
appear as entities of their own.

```mermaid
erDiagram
<#list entities as e>
    ${e.table} {
        bigint id PK
<#list e.fields as f>
        ${f.sqlType?keep_before("(")?replace(" ", "_")} ${f.column}<#if f.field.unique> UK</#if><#if f.field.required> "not null"</#if>
</#list>
<#list e.foreignKeys as r>
        bigint ${r.column} FK
</#list>
    }
<#list e.joinTables as j>
    ${j.name} {
        bigint ${j.ownerColumn} PK,FK
        bigint ${j.targetColumn} PK,FK
    }
</#list>
</#list>
<#list entities as e>
<#list e.foreignKeys as r>
    ${r.target.table} ||--<#if r.kind == "ONE_TO_ONE">o|<#else>o{</#if> ${e.table} : "${r.field.fieldName}"
</#list>
<#list e.joinTables as j>
    ${j.ownerTable} ||--o{ ${j.name} : "${j.ownerColumn}"
    ${j.targetTable} ||--o{ ${j.name} : "${j.targetColumn}"
</#list>
</#list>
```
<#-- the kinds this diagram shows: nullability, relationships, tables -->
<#assign shown = decisionChanges?filter(d -> ["FIELD_REQUIRED", "RELATIONSHIP_OWNER", "TABLE_NAME", "ENTITY_NAME"]?seq_contains(d.kind?string))>
<#if shown?has_content>

## Decision changes reflected in this version

<#list shown as d>
- ${mdCode(d.id)}: ${mdCode(d.chosen)} (${d.source}): ${md(d.rationale)}
</#list>
</#if>
