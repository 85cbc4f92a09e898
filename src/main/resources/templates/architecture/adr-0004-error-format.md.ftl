# ADR 0004: Errors as RFC 9457 problem details

## Status

Accepted

## Context

Clients need one machine-readable error format to show validation messages and react to missing resources and
conflicts.
<#if rationale??>

${md(rationale.context)}
</#if>

## Decision

Every error answers `application/problem+json` (RFC 9457) through one `@RestControllerAdvice`:
400 for malformed bodies, constraint violations (with an `errors` list of `field` and `message`) and references
to missing entities, 404 for unknown ids, 409 when a unique value is taken or a resource is still referenced.

## Consequences

- Clients handle errors in one place; field errors can be shown next to form inputs.
- Internal exception messages are never sent to clients.
<#if rationale??>
<#list rationale.consequences as c>
- ${md(c)}
</#list>
</#if>
