package ${e.packageName};

<#list e.writableReferences?filter(r -> r.collection && r.target.packageName != e.packageName)?map(r -> r.target.qualifiedClass)?sort as i>
<#if i?is_first || i != prev!"">
import ${i};
</#if>
<#assign prev = i>
</#list>

/** Copies between the ${e.name.label} entity and its API records; references are resolved by the service. */
final class ${e.name.className}Mapper {

    private ${e.name.className}Mapper() {
    }

    static ${e.name.className}Response toResponse(${e.name.className} entity) {
        return new ${e.name.className}Response(
                entity.getId()<#list e.fields as f>,
                entity.get${f.name.fieldName?cap_first}()</#list><#list e.writableReferences as r>,
<#if r.collection>
                entity.get${r.field.fieldName?cap_first}().stream().map(${r.target.name.className}::getId).sorted().toList()<#else>
                entity.get${r.field.fieldName?cap_first}() == null ? null : entity.get${r.field.fieldName?cap_first}().getId()</#if></#list>);
    }

    static void copyFields(${e.name.className}Request request, ${e.name.className} entity) {
<#list e.fields as f>
        entity.set${f.name.fieldName?cap_first}(request.${f.name.fieldName}());
</#list>
    }
}
