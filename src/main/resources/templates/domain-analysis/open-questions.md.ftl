# ${app.title}: assumptions and open questions

## Assumptions

<#list model.assumptions as a>
- ${md(a)}
<#else>
- None: the input stated everything the generator needed.
</#list>

## Open questions

<#list model.openQuestions as q>
${q?counter}. ${md(q)}
<#else>
None.
</#list>
<#if findings?has_content>

## Review findings to address

<#list findings as finding>
- ${md(finding)}
</#list>
</#if>
