# ${app.title}: epics and stories

<#if stories?has_content>
## User stories

<#list stories as s>
### US-${s?counter}: ${md(s.title)}

As ${md(s.role)} I want ${md(s.goal)} so that ${md(s.benefit)}.

Acceptance criteria:
<#list s.acceptanceCriteria as c>
- ${md(c)}
</#list>

</#list>
</#if>
<#if model.useCases?has_content>
## Use cases

One ticket per use case of `docs/requirements/objectives-and-use-cases.md` (stated in the input, or derived from
the relationships and enums: assign, change status, add and remove, the items of an owner). The epics after them
cover the API each use case is built on.

<#list model.useCases as u>
- UC-${u?counter?string("00")}: ${md(u)}
</#list>

</#if>
<#list entities as e>
## EPIC-${e?counter}: ${e.name.label} management

<#assign base = e?counter * 10>
### STORY-${base + 1}: Create ${a(e.name.label)}

As an API client I want to create ${a(e.name.label)} with `POST /api/${e.name.pathSegment}` so that it is stored.

Acceptance criteria:
- Given a valid request, when I POST it, then I get 201 with a Location header and the stored ${e.name.label}.
<#list e.apiFields?filter(f -> f.field.required) as f>
- Given a request without ${f.name.fieldName}, when I POST it, then I get 400 problem details naming `${f.name.fieldName}`.
</#list>
<#list e.apiFields?filter(f -> f.field.unique) as f>
- Given an existing ${e.name.label}, when I POST another with the same ${f.name.fieldName}, then I get 409 problem details.
</#list>

### STORY-${base + 2}: Read and list ${e.name.plural}

As an API client I want to read one ${e.name.label} and list them<#if e.paginated> page by page</#if>.

Acceptance criteria:
- Given an existing ${e.name.label}, when I GET `/api/${e.name.pathSegment}/{id}`, then I get 200 with its data.
- Given an unknown id, when I GET it, then I get 404 problem details.
<#if e.paginated>
- When I GET `/api/${e.name.pathSegment}?page=0&size=20&sort=id`, then I get a page with content and totals.
<#else>
- When I GET `/api/${e.name.pathSegment}`, then I get every ${e.name.label} sorted by id.
</#if>

### STORY-${base + 3}: Change and delete ${a(e.name.label)}

As an API client I want to replace and delete ${a(e.name.label)}.

Acceptance criteria:
- Given an existing ${e.name.label}, when I PUT a valid request, then I get 200 with the new values.
- Given an existing ${e.name.label} that nothing refers to, when I DELETE it, then I get 204 and it is gone.
- Given ${a(e.name.label)} still referred to by other data, when I DELETE it, then I get 409 problem details.

</#list>
## EPIC-${entities?size + 1}: Delivery

### STORY-${(entities?size + 1) * 10 + 1}: Build, test and deploy

Acceptance criteria:
- `./mvnw -B verify` passes locally and in CI without Docker.
- `docker compose up --build` starts the service and PostgreSQL; `/actuator/health` answers UP.
- The Kubernetes manifests in `k8s/` deploy 2 replicas with readiness and liveness probes.
