# ADR 0002: PostgreSQL with Flyway migrations

## Status

Accepted

## Context

The data of ${app.title} is relational: <#list model.relationships as r>${md(r.from)} ${r.kind?lower_case?replace("_", "-")} ${md(r.to)}<#sep>, </#sep><#else>independent entities</#list>.
The schema must be reviewable, versioned with the code and identical in every environment.
<#if rationale??>

${md(rationale.context)}
</#if>

## Decision

Store the data in PostgreSQL ${platform["postgresql-server"]}. The schema is written as SQL Flyway migrations
(`src/main/resources/db/migration/V1__create_schema.sql`); Hibernate only validates it (`ddl-auto: validate`).
Tables are plural snake_case, ids are `bigint` identity columns, every foreign key column has an index, validations
of the domain model become NOT NULL, UNIQUE and CHECK constraints, enums are `varchar` with a CHECK constraint and
many-to-many relationships use join tables `rel_<owner>_<field>`.

## Consequences

- A schema change is a new migration file, reviewed like code; the application refuses to start on a schema it does not match.
- The database enforces the rules even for writes that bypass the API.
- Adding an enum value needs a migration that replaces the CHECK constraint.
<#if rationale??>
<#list rationale.consequences as c>
- ${md(c)}
</#list>
</#if>
