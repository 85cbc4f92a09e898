package ${e.packageName};

<#list e.fieldImports?filter(i -> !i?starts_with("java.")) as i>
import ${i};
</#list>
<#assign javaImports = e.fieldImports?filter(i -> i?starts_with("java.")) + e.writableReferences?filter(r -> r.collection)?has_content?then(["java.util.List"], [])>
<#if javaImports?has_content && e.fieldImports?filter(i -> !i?starts_with("java."))?has_content>

</#if>
<#list javaImports?sort as i>
import ${i};
</#list>

/** A ${e.name.label} as the API returns it; references are given by id. */
public record ${e.name.className}Response(
        Long id<#list e.fields as f>,
        ${f.javaType} ${f.name.fieldName}</#list><#list e.writableReferences as r>,
        <#if r.collection>List<Long><#else>Long</#if> ${r.apiProperty}</#list>) {
}
