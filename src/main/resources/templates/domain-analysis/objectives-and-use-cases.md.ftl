# ${app.title}: objectives and use cases

## Business objectives

<#list model.objectives as o>
- ${md(o)}
<#else>
- None stated in the input (see open-questions.md).
</#list>

## Use cases

<#list model.useCases as u>
### UC-${u?counter?string("00")}: ${md(u)}

- Actor: a user of ${app.title}
- Outcome: ${md(u?uncap_first)}, with the data validated against the domain rules

<#else>
None stated in the input (see open-questions.md).
</#list>
## Entity operations

Every entity can be created, read, updated, listed and deleted through `/api/<entity>`:

<#list entities as e>
- ${e.name.label}: `/api/${e.name.pathSegment}`<#if e.paginated> (paginated)</#if>
</#list>
