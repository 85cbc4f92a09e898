# ${app.title}: domain model

<#if model.description?has_content>
${md(model.description)}

</#if>
Source: ${mdCode(model.source.file)} (${model.source.format}). Base package: `${model.basePackage}`.

## Objectives

<#list model.objectives as o>
- ${md(o)}
<#else>
- None stated in the input (see open questions).
</#list>

## Use cases

<#list model.useCases as u>
${u?counter}. ${md(u)}
<#else>
None stated in the input (see open questions).
</#list>

## Entities

| Entity | Table | API path | Fields | Pagination | Notes |
|---|---|---|---|---|---|
<#list entities as e>
| ${md(e.name.original)} | `${e.table}` | `/api/${e.name.pathSegment}` | ${e.fields?size} | ${e.entity.options.pagination} | <#if e.entity.builtIn>built-in<#else>${md(e.entity.documentation)}</#if> |
</#list>
<#list entities as e>

### ${md(e.name.original)}

<#if e.entity.documentation?has_content>
${md(e.entity.documentation)}

</#if>
<#if e.fields?has_content>
| Field | Type | Required | Unique | Constraints |
|---|---|---|---|---|
<#list e.fields as f>
| ${f.name.fieldName} | <#if f.field.type == "ENUM">${md(f.field.enumName)}<#else>${f.field.type}</#if> | ${f.field.required?then("yes", "no")} | ${f.field.unique?then("yes", "no")} | <#assign c = []><#if f.field.minLength??><#assign c = c + ["min length " + f.field.minLength?c]></#if><#if f.field.maxLength??><#assign c = c + ["max length " + f.field.maxLength?c]></#if><#if f.field.min??><#assign c = c + ["min " + f.field.min?c]></#if><#if f.field.max??><#assign c = c + ["max " + f.field.max?c]></#if><#if f.field.pattern??><#assign c = c + ["pattern " + mdCellCode(f.field.pattern)]></#if>${c?join(", ")} |
</#list>
<#else>
No fields besides its id.
</#if>
<#if e.references?has_content>

Relationships: <#list e.references as r>`${r.field.fieldName}` (${r.kind?lower_case?replace("_", "-")} ${md(r.target.name.original)}<#if r.required>, required</#if>)<#sep>, </#sep></#list>.
</#if>
</#list>

## Relationships

| Kind | From | Field | To | Inverse field | Required |
|---|---|---|---|---|---|
<#list model.relationships as r>
| ${r.kind} | ${md(r.from)} | ${r.fromField.fieldName} | ${md(r.to)} | ${(r.toField.fieldName)!"-"} | ${r.required?then("yes", "no")} |
</#list>
<#if enums?has_content>

## Enumerations

<#list enums as en>
- **${md(en.name.original)}**: <#list en.type.values as v>`${v.constant}` (${md(v.label)})<#sep>, </#sep></#list>
</#list>
</#if>
<#if model.ignoredFeatures?has_content>

## Input features not generated

<#list model.ignoredFeatures as i>
- ${md(i)}
</#list>
</#if>
