package ${e.packageName};

<#assign shown = e.writableReferences?filter(r -> r.display??)?map(r -> r.display)>
<#assign imports = (e.fields + shown)?filter(f -> f.javaImport??)?map(f -> f.javaImport)>
<#assign javaImports = imports?filter(i -> i?starts_with("java.")) + e.writableReferences?filter(r -> r.collection)?has_content?then(["java.util.List"], [])>
<#assign otherImports = imports?filter(i -> !i?starts_with("java.") && !i?starts_with(e.packageName + ".")) + e.blobs?has_content?then([app.basePackage + ".common.Blobs"], [])>
<#list otherImports?sort as i>
<#if i?is_first || i != prev!"">
import ${i};
</#if>
<#assign prev = i>
</#list>
<#if javaImports?has_content && otherImports?has_content>

</#if>
<#list javaImports?sort as i>
<#if i?is_first || i != prevJava!"">
import ${i};
</#if>
<#assign prevJava = i>
</#list>

/**
 * A ${e.name.label} as the API returns it. A reference is shown as its id and its display field
 * (e.g. {@code "project": {"id": 1, "name": "Apollo"}}); requests write references by id.<#if e.blobs?has_content> A blob is
 * shown as its media type, size and download path, never its bytes (null when empty).</#if>
 */
public record ${e.name.className}Response(
        Long id<#list e.fields as f>,
        <#if f.blob>Blobs.Metadata<#else>${f.javaType}</#if> ${f.name.fieldName}</#list><#list e.writableReferences as r>,
        <#if r.collection>List<${r.refRecord}><#else>${r.refRecord}</#if> ${r.member}</#list>) {
<#list e.writableReferences as r>

    /** A ${r.target.name.label} as this ${e.name.label} refers to it<#if r.collection> (one of its ${r.member})</#if>. */
    public record ${r.refRecord}(Long id<#if r.display??>, ${r.display.javaType} ${r.display.name.fieldName}</#if>) {
    }
</#list>
}
