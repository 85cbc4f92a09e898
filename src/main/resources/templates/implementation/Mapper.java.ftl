<#-- JavaBeans property name of a getter/setter get<Name>: the name itself, unless its second letter is upper case (xRay: getXRay is property XRay). -->
<#function bean n><#return (n?length > 1 && n?substring(1, 2)?upper_case == n?substring(1, 2) && n?substring(1, 2)?lower_case != n?substring(1, 2))?then(n?cap_first, n)></#function>
<#if e.mapstruct>
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
<#assign renamed = e.fields?filter(f -> bean(f.name.fieldName) != f.name.fieldName)?has_content
        || e.writableReferences?filter(r -> bean(r.member) != r.member || (r.display?? && bean(r.display.name.fieldName) != r.display.name.fieldName))?has_content>
import org.mapstruct.Mapper;
<#if !e.readOnly || e.blobs?has_content || renamed>
import org.mapstruct.Mapping;
</#if>
<#if !e.readOnly>
import org.mapstruct.MappingTarget;
</#if>
import org.mapstruct.ReportingPolicy;
<#if e.writableReferences?filter(r -> r.collection)?has_content>

import java.util.Comparator;
import java.util.List;
import java.util.Set;
</#if>

/**
 * Copies between the ${javaComment(e.name.label)} entity and its API records (JDL {@code dto mapstruct}): MapStruct
 * implements this interface at compile time as a Spring bean, and a record component or entity property left
 * unmapped fails the build. References are resolved by the service and shown by id and display field.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ${e.name.className}Mapper {

<#list e.fields as f>
<#if f.blob>
    @Mapping(target = "${f.name.fieldName}", expression = "java(${f.name.fieldName}Metadata(entity))")
<#elseif bean(f.name.fieldName) != f.name.fieldName>
    @Mapping(target = "${f.name.fieldName}", source = "${bean(f.name.fieldName)}")
</#if>
</#list>
<#list e.writableReferences as r>
<#if bean(r.member) != r.member>
    @Mapping(target = "${r.member}", source = "${bean(r.member)}")
</#if>
</#list>
    ${e.name.className}Response toResponse(${e.name.className} entity);
<#list e.blobs as f>

    /** The ${javaComment(f.name.label)} as the API shows it: media type, size and download path (null when empty). */
    default Blobs.Metadata ${f.name.fieldName}Metadata(${e.name.className} entity) {
        return Blobs.Metadata.of(entity.get${f.name.fieldName?cap_first}ContentType(), entity.get${f.name.fieldName?cap_first}Size(),
                "/api/${e.name.pathSegment}/" + entity.getId() + "/${f.name.fieldName}");
    }
</#list>
<#list e.writableReferences as r>

<#if r.display?? && bean(r.display.name.fieldName) != r.display.name.fieldName>
    @Mapping(target = "${r.display.name.fieldName}", source = "${bean(r.display.name.fieldName)}")
</#if>
    ${e.name.className}Response.${r.refRecord} to${r.refRecord}(${r.target.name.className} target);
<#if r.collection>

    /** The ${javaComment(r.member)} by id, as the API lists them. */
    default List<${e.name.className}Response.${r.refRecord}> to${r.refRecord}s(Set<${r.target.name.className}> targets) {
        return targets.stream().map(this::to${r.refRecord}).sorted(Comparator.comparing(${e.name.className}Response.${r.refRecord}::id)).toList();
    }
</#if>
</#list>
<#if !e.readOnly>

    /** Copies the request's fields; the id, the version and the references (resolved by the service) are left alone. */
    @Mapping(target = "id", ignore = true)
<#list e.apiFields as f>
<#if bean(f.name.fieldName) != f.name.fieldName>
    @Mapping(target = "${bean(f.name.fieldName)}", source = "${f.name.fieldName}")
</#if>
</#list>
<#list e.references as r>
    @Mapping(target = "${bean(r.member)}", ignore = true)
</#list>
    void copyFields(${e.name.className}Request request, @MappingTarget ${e.name.className} entity);
</#if>
}
<#else>
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
</#if>
