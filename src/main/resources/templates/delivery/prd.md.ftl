# ${app.title}: product requirements document

## Summary

<#if model.description?has_content>${md(model.description)}<#else>${app.title} manages <#list entities as e>${e.name.label?lower_case}<#sep>, </#sep></#list> through a REST API.</#if>

## Goals

<#list model.objectives as o>
- ${md(o)}
<#else>
- Manage <#list entities as e>${e.name.label?lower_case}<#sep>, </#sep></#list> reliably through one API.
</#list>

## Non-goals

- User interfaces: clients are built separately against the OpenAPI contract.
- Authentication and authorisation: added before go-live (see the non-functional requirements).
<#list model.ignoredFeatures as i>
- ${md(i)}
</#list>

## Users

- API clients (front ends, other services) that create and read the data.
- Operators who deploy and monitor the service.
<#list storyRoles as role>
- ${md(role?cap_first)}.
</#list>

## Use cases

<#list model.useCases as u>
${u?counter}. ${md(u)}
<#else>
Create, read, update, list and delete every entity.
</#list>

<#if stories?has_content>
## User stories

<#list stories as s>
- US-${s?counter} ${md(s.title)}: as ${md(s.role)} I want ${md(s.goal)} so that ${md(s.benefit)}.
</#list>

</#if>
## Functional requirements

<#list entities as e>
- **${e.name.label}** (`/api/${e.name.pathSegment}`): create, read, replace, delete<#if e.paginated> and list page by page<#else> and list, 100 at a time</#if>.<#if e.fields?filter(f -> f.field.required)?has_content> Required: ${e.fields?filter(f -> f.field.required)?map(f -> f.name.fieldName)?join(", ")}.</#if><#if e.fields?filter(f -> f.field.unique)?has_content> Unique: ${e.fields?filter(f -> f.field.unique)?map(f -> f.name.fieldName)?join(", ")}.</#if>
</#list>

## Success metrics

- Every endpoint answers within its latency target (see `docs/architecture/non-functional-requirements.md`).
- Invalid input is rejected with a problem-details response naming the field, never stored.
- `./mvnw verify` passes on every change.

## Assumptions and open questions

<#list model.assumptions as a>
- Assumption: ${md(a)}
</#list>
<#list model.openQuestions as q>
- Open: ${md(q)}
</#list>
<#if !model.assumptions?has_content && !model.openQuestions?has_content>
- None.
</#if>
