<#import "validation.ftl" as v>
package ${e.packageName};

<#list e.fieldImports?filter(i -> !i?starts_with("java.")) as i>
import ${i};
</#list>
<#list v.importable(v.constraintImports(e)?map(n -> "jakarta.validation.constraints." + n)) as n>
import ${n};
</#list>
<#assign javaImports = e.fieldImports?filter(i -> i?starts_with("java.")) + e.writableReferences?filter(r -> r.collection)?has_content?then(["java.util.Set"], [])>
<#if javaImports?has_content>

</#if>
<#list javaImports?sort as i>
import ${i};
</#list>

/** What a client sends to create or replace a ${e.name.label}<#if e.blobs?has_content> (its blobs are uploaded on their own paths)</#if>. */
public record ${e.name.className}Request(
<#list e.apiFields as f>
        <@v.constraints f/>${f.javaType} ${f.name.fieldName}<#if f?has_next || e.writableReferences?has_content>,</#if>
</#list>
<#list e.writableReferences as r>
        <#if r.required>@${v.t("jakarta.validation.constraints.NotNull")} </#if><#if r.collection>Set<Long><#else>Long</#if> ${r.apiProperty}<#sep>,</#sep>
</#list>
) {
}
