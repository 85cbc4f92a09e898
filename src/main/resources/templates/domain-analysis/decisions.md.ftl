# ${app.title}: decisions

Every choice about this application a person may want to change, with what was chosen and why. The source says
where the choice came from: SPEC (the input states it), DEFAULT (the platform's default), HEURISTIC (a rule chose
it), MODEL (a language model chose it), PERSON (someone decided) or LEARNED (someone of the organisation chose it for the
same subject in an earlier run, named below). An assumption is a choice nobody confirmed; a
locked decision was settled by a person and automatic rework leaves it alone. To change one, request changes at a
gate with the decision's id and the new value.

<#list decisions as d>
## ${md(d.question)}

- Decision: ${mdCode(d.id)}
<#if d.kind.listValued()>
- Chosen:
<#list d.chosenItems() as item>
  - ${md(item)}
<#else>
  - (none)
</#list>
<#else>
- Chosen: ${mdCode(d.chosen)}
</#if>
<#if d.options?has_content>
- Options: <#list d.options as o>${mdCode(o)}<#sep>, </#sep></#list>
</#if>
- Source: ${d.source}<#if d.assumption>, assumption</#if><#if d.locked>, locked</#if>
<#if d.learnedFrom??>
- Learned from run: ${mdCode(d.learnedFrom?string)}
</#if>
- Rationale: ${md(d.rationale)}

<#else>
No decisions are recorded for this run.
</#list>
