# ADR 0005: Test against a real PostgreSQL without Docker

## Status

Accepted

## Context

Tests against an in-memory database miss PostgreSQL's behaviour (constraints, types, SQL dialect), and
Testcontainers needs a Docker engine that CI machines and laptops may not have.
<#if rationale??>

${md(rationale.context)}
</#if>

## Decision

The integration tests start a real PostgreSQL ${platform["postgresql-server"]} from binaries shipped on Maven
Central (`io.zonky.test:embedded-postgres`), once per test JVM, and run the Flyway migrations against it. All test
classes share one Spring context. Each entity has MockMvc tests for create, read, update, delete, list and the
400 and 404 problem responses. JaCoCo writes coverage to `target/site/jacoco/jacoco.csv`.

## Consequences

- `./mvnw verify` needs only a JDK: no Docker, no database installation.
- Tests share one database, so test data uses unique values and tests do not assume an empty table.
<#if rationale??>
<#list rationale.consequences as c>
- ${md(c)}
</#list>
</#if>
