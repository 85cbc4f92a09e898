package ${e.packageName};

<#if e.blobs?has_content>
import ${app.basePackage}.common.Blobs;
</#if>
<#list e.writableReferences?filter(r -> r.target.packageName != e.packageName)?map(r -> r.target.qualifiedClass)?sort as i>
<#if i?is_first || i != prev!"">
import ${i};
</#if>
<#assign prev = i>
</#list>
<#if e.writableReferences?filter(r -> r.collection)?has_content>

import java.util.Comparator;
</#if>

/** Copies between the ${e.name.label} entity and its API records; references are resolved by the service and shown by id and display field. */
final class ${e.name.className}Mapper {

    private ${e.name.className}Mapper() {
    }

    static ${e.name.className}Response toResponse(${e.name.className} entity) {
        return new ${e.name.className}Response(
                entity.getId()<#list e.fields as f>,
<#if f.blob>
                Blobs.Metadata.of(entity.get${f.name.fieldName?cap_first}ContentType(), entity.get${f.name.fieldName?cap_first}Size(),
                        "/api/${e.name.pathSegment}/" + entity.getId() + "/${f.name.fieldName}")<#else>
                entity.get${f.name.fieldName?cap_first}()</#if></#list><#list e.writableReferences as r>,
<#if r.collection>
                entity.get${r.member?cap_first}().stream().map(${e.name.className}Mapper::to${r.refRecord}).sorted(Comparator.comparing(${e.name.className}Response.${r.refRecord}::id)).toList()<#else>
                entity.get${r.member?cap_first}() == null ? null : to${r.refRecord}(entity.get${r.member?cap_first}())</#if></#list>);
    }
<#list e.writableReferences as r>

    private static ${e.name.className}Response.${r.refRecord} to${r.refRecord}(${r.target.name.className} target) {
        return new ${e.name.className}Response.${r.refRecord}(target.getId()<#if r.display??>, target.get${r.display.name.fieldName?cap_first}()</#if>);
    }
</#list>
<#if !e.readOnly>

    static void copyFields(${e.name.className}Request request, ${e.name.className} entity) {
<#list e.apiFields as f>
        entity.set${f.name.fieldName?cap_first}(request.${f.name.fieldName}());
</#list>
    }
</#if>
}
