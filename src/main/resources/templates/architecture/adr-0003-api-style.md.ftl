# ADR 0003: Resource-oriented REST API described by OpenAPI 3.1

## Status

Accepted

## Context

Clients need a stable, documented contract to build against before the implementation is finished.
<#if rationale??>

${md(rationale.context)}
</#if>

## Decision

Expose one resource per entity at `/api/<plural-kebab-name>` with `GET` (list), `POST` (create), `GET /{id}`,
`PUT /{id}` (replace) and `DELETE /{id}`. Requests and responses are records separate from the JPA entities;
references to other entities are written and read as ids (`projectId`, `labelIds`). Lists of
<#list entities?filter(e -> e.paginated) as e>${e.name.label}<#sep>, </#sep><#else>no entity</#list> are paginated
with `page`, `size` and `sort` and answer a page object; other lists answer arrays sorted by id.
The contract is `src/main/resources/openapi.yaml` (OpenAPI 3.1.0); the running service also serves its own
description at `/v3/api-docs`.

## Consequences

- Entities can change without breaking clients as long as the records stay compatible.
- Related data is fetched with a second request by id rather than nested in responses.
<#if rationale??>
<#list rationale.consequences as c>
- ${md(c)}
</#list>
</#if>
