<#macro repo r><#if r.target.name.original == e.name.original>repository<#else>${r.target.name.fieldName}Repository</#if></#macro>
package ${e.packageName};

import ${app.basePackage}.common.ETags;
<#if !e.readOnly>
import ${app.basePackage}.common.MergePatch;
</#if>
import ${app.basePackage}.common.<#if e.paginated>PageResponse;
import ${app.basePackage}.common.</#if>ResourceNotFoundException;
<#if !e.readOnly>
<#if e.writableReferences?has_content>
import ${app.basePackage}.common.References;
</#if>
<#list e.repositoryImports as i>
import ${i};
</#list>
<#if e.referrers?has_content>
import org.springframework.dao.DataIntegrityViolationException;
</#if>
</#if>
<#if e.paginated>
import org.springframework.data.domain.Pageable;
</#if>
<#if e.criteria?has_content>
import org.springframework.data.jpa.domain.Specification;
</#if>
<#if !e.paginated>
import org.springframework.data.domain.Sort;
</#if><#if e.referrers?has_content && !e.readOnly>
import org.springframework.http.HttpStatus;
</#if>
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
<#if !e.readOnly>
import tools.jackson.databind.JsonNode;
<#if e.referrers?has_content>
import org.springframework.web.server.ResponseStatusException;
</#if>
</#if>
<#if !e.paginated || (!e.readOnly && e.writableReferences?filter(r -> r.collection)?has_content)>

</#if>
<#if !e.paginated>
import java.util.List;
</#if>
<#if !e.readOnly && e.writableReferences?filter(r -> r.collection)?has_content>
import java.util.stream.Collectors;
</#if>

<#if e.readOnly>
/** Use cases of ${javaComment(e.name.label)}, read-only: list and read. */
<#else>
/** Use cases of ${e.name.label}: list, read, create, replace and delete. */
</#if>
@Service
@Transactional
public class ${e.name.className}Service {

    private final ${e.name.className}Repository repository;
<#if e.readOnly>

    public ${e.name.className}Service(${e.name.className}Repository repository) {
        this.repository = repository;
    }
<#else>

    private final MergePatch mergePatch;
<#list e.referencedEntities as t>
    private final ${t.name.className}Repository ${t.name.fieldName}Repository;
</#list>

    public ${e.name.className}Service(${e.name.className}Repository repository, MergePatch mergePatch<#list e.referencedEntities as t>, ${t.name.className}Repository ${t.name.fieldName}Repository</#list>) {
        this.repository = repository;
        this.mergePatch = mergePatch;
<#list e.referencedEntities as t>
        this.${t.name.fieldName}Repository = ${t.name.fieldName}Repository;
</#list>
    }
</#if>

<#if e.paginated && e.criteria?has_content>
    @Transactional(readOnly = true)
    public PageResponse<${e.name.className}Response> list(Specification<${e.name.className}> criteria, Pageable pageable) {
        return PageResponse.of(repository.findAll(criteria, pageable).map(${e.name.className}Mapper::toResponse));
    }
<#elseif e.paginated>
    @Transactional(readOnly = true)
    public PageResponse<${e.name.className}Response> list(Pageable pageable) {
        return PageResponse.of(repository.findAll(pageable).map(${e.name.className}Mapper::toResponse));
    }
<#elseif e.criteria?has_content>
    @Transactional(readOnly = true)
    public List<${e.name.className}Response> list(Specification<${e.name.className}> criteria) {
        return repository.findAll(criteria, Sort.by("id")).stream().map(${e.name.className}Mapper::toResponse).toList();
    }
<#else>
    @Transactional(readOnly = true)
    public List<${e.name.className}Response> list() {
        return repository.findAll(Sort.by("id")).stream().map(${e.name.className}Mapper::toResponse).toList();
    }
</#if>

    @Transactional(readOnly = true)
    public ETags.Versioned<${e.name.className}Response> get(Long id) {
        return versioned(find(id));
    }
<#if !e.readOnly>

    public ETags.Versioned<${e.name.className}Response> create(${e.name.className}Request request) {
        ${e.name.className} entity = new ${e.name.className}();
        apply(request, entity);
        return versioned(repository.saveAndFlush(entity));
    }

    /** Replaces a ${javaComment(e.name.label)}; {@code ifMatch} (may be null) must name its current ETag. */
    public ETags.Versioned<${e.name.className}Response> update(Long id, String ifMatch, ${e.name.className}Request request) {
        ${e.name.className} entity = find(id);
        ETags.requireMatch(ifMatch, entity.getVersion(), "${javaString(e.name.label)}", id);
        apply(request, entity);
        return versioned(repository.saveAndFlush(entity));
    }

    /** Applies a JSON merge patch to a ${javaComment(e.name.label)}; validated like a replacement. */
    public ETags.Versioned<${e.name.className}Response> patch(Long id, String ifMatch, JsonNode patch) {
        ${e.name.className} entity = find(id);
        ETags.requireMatch(ifMatch, entity.getVersion(), "${javaString(e.name.label)}", id);
        apply(mergePatch.apply(currentRequest(entity), patch, ${e.name.className}Request.class), entity);
        return versioned(repository.saveAndFlush(entity));
    }

    public void delete(Long id) {
<#assign inverseOneToOne = e.references?filter(r -> r.kind?string == "ONE_TO_ONE_INVERSE")>
<#if inverseOneToOne?has_content>
        ${e.name.className} entity = find(id);
        if (<#list inverseOneToOne as r>entity.get${r.member?cap_first}() != null<#sep> || </#sep></#list>) {
            throw stillReferenced(id, null);
        }
        repository.delete(entity);
<#else>
        repository.delete(find(id));
</#if>
<#if e.referrers?has_content>
        try {
            // Flush here so that a row still referenced elsewhere fails inside this call, as a conflict.
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            throw stillReferenced(id, e);
        }
<#else>
        // Flush here so that a row still referenced elsewhere fails inside this call, as a conflict.
        repository.flush();
</#if>
    }
<#if e.referrers?has_content>

    private static ResponseStatusException stillReferenced(Long id, Throwable cause) {
        return new ResponseStatusException(HttpStatus.CONFLICT, "${javaString(e.name.label)} " + id
                + " is still referenced by <#list e.referrers as referrer>${javaString(referrer)}<#sep>, </#sep></#list>; change or delete those first", cause);
    }
</#if>
</#if>

    private static ETags.Versioned<${e.name.className}Response> versioned(${e.name.className} entity) {
        return new ETags.Versioned<>(${e.name.className}Mapper.toResponse(entity), entity.getVersion());
    }
<#if !e.readOnly>

    private static ${e.name.className}Request currentRequest(${e.name.className} entity) {
        return new ${e.name.className}Request(<#list e.fields as f>entity.get${f.name.fieldName?cap_first}()<#sep>, </#sep></#list><#if e.fields?has_content && e.writableReferences?has_content>,</#if><#list e.writableReferences as r><#if r.collection>
                entity.get${r.member?cap_first}().stream().map(target -> target.getId()).collect(Collectors.toSet())<#else>
                entity.get${r.member?cap_first}() == null ? null : entity.get${r.member?cap_first}().getId()</#if><#sep>,</#sep></#list>);
    }
</#if>

    private ${e.name.className} find(Long id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFoundException("${e.name.label}", id));
    }
<#if !e.readOnly>

    private void apply(${e.name.className}Request request, ${e.name.className} entity) {
        ${e.name.className}Mapper.copyFields(request, entity);
<#list e.writableReferences as r>
<#if r.collection>
        entity.get${r.member?cap_first}().clear();
        entity.get${r.member?cap_first}().addAll(References.requireAll(<@repo r/>, request.${r.apiProperty}(), "${r.apiProperty}", "${r.target.name.label}"));
<#else>
        entity.set${r.member?cap_first}(References.require(<@repo r/>, request.${r.apiProperty}(), "${r.apiProperty}", "${r.target.name.label}"));
</#if>
</#list>
    }
</#if>
}
