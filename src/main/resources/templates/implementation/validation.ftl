<#-- A framework annotation or type: its simple name, or its qualified name where a domain class has that simple name. -->
<#function t qualified>
<#return app.domainTypeNames?seq_contains(qualified?keep_after_last("."))?then(qualified, qualified?keep_after_last("."))>
</#function>
<#-- Import lines for the given qualified names, except those written qualified. -->
<#function importable names>
<#return names?filter(n -> !app.domainTypeNames?seq_contains(n?keep_after_last(".")))>
</#function>
<#-- Bean Validation annotations of one field, on one line, each followed by a space. -->
<#macro constraints f><#t>
<#if f.field.required>@${t("jakarta.validation.constraints.NotNull")} </#if><#t>
<#-- A string keeps its column's length as maximum when only a minimum is stated. -->
<#if f.text && (f.field.minLength?? || f.maxLength??)>@${t("jakarta.validation.constraints.Size")}(<#if f.field.minLength??>min = ${f.field.minLength?c}</#if><#if f.field.minLength?? && f.maxLength??>, </#if><#if f.maxLength??>max = ${f.maxLength?c}</#if>) </#if><#t>
<#if f.field.pattern??>@${t("jakarta.validation.constraints.Pattern")}(regexp = "${javaString(f.field.pattern)}") </#if><#t>
<#if f.field.type == "INTEGER" || f.field.type == "LONG"><#t>
<#if f.field.min??>@${t("jakarta.validation.constraints.Min")}(${f.field.min?c}) </#if><#if f.field.max??>@${t("jakarta.validation.constraints.Max")}(${f.field.max?c}) </#if><#t>
<#elseif f.numeric><#t>
<#if f.field.min??>@${t("jakarta.validation.constraints.DecimalMin")}("${f.field.min?c}") </#if><#if f.field.max??>@${t("jakarta.validation.constraints.DecimalMax")}("${f.field.max?c}") </#if><#t>
</#if><#t>
</#macro>
<#-- The jakarta.validation.constraints annotations an entity's request uses, sorted. -->
<#function constraintImports e>
<#local names = []>
<#list e.apiFields as f>
<#if f.field.required><#local names = names + ["NotNull"]></#if>
<#if f.text && (f.field.minLength?? || f.maxLength??)><#local names = names + ["Size"]></#if>
<#if f.field.pattern??><#local names = names + ["Pattern"]></#if>
<#if (f.field.type == "INTEGER" || f.field.type == "LONG") && f.field.min??><#local names = names + ["Min"]></#if>
<#if (f.field.type == "INTEGER" || f.field.type == "LONG") && f.field.max??><#local names = names + ["Max"]></#if>
<#if f.numeric && f.field.type != "INTEGER" && f.field.type != "LONG" && f.field.min??><#local names = names + ["DecimalMin"]></#if>
<#if f.numeric && f.field.type != "INTEGER" && f.field.type != "LONG" && f.field.max??><#local names = names + ["DecimalMax"]></#if>
</#list>
<#list e.writableReferences as r><#if r.required><#local names = names + ["NotNull"]></#if></#list>
<#local unique = []>
<#list names?sort as n><#if !unique?seq_contains(n)><#local unique = unique + [n]></#if></#list>
<#return unique>
</#function>
