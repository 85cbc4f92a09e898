<#macro repo r><#if r.target.name.original == e.name.original>repository<#else>${r.target.name.fieldName}Repository</#if></#macro>
<#-- serviceImpl: this class implements the interface XService (ServiceInterface.java.ftl), which declares every public method below. -->
<#macro override><#if e.serviceImpl>
    @Override
</#if></#macro>
<#-- dto mapstruct: the mapper is a MapStruct bean given to the constructor; otherwise a class of static methods. -->
<#assign mapper = e.mapstruct?then("mapper", e.name.className + "Mapper")>
<#assign versionedStatic = e.mapstruct?then("", "static ")>
<#assign serviceClass = e.name.className + e.serviceImpl?then("ServiceImpl", "Service")>
package ${e.packageName};

<#if e.blobs?has_content>
import ${app.basePackage}.common.Blobs;
</#if>
import ${app.basePackage}.common.ETags;
<#if !e.readOnly>
import ${app.basePackage}.common.MergePatch;
</#if>
import ${app.basePackage}.common.PageResponse;
import ${app.basePackage}.common.ResourceNotFoundException;
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
<#if e.blobs?has_content>
import org.springframework.orm.ObjectOptimisticLockingFailureException;
</#if>
</#if>
<#if !e.paginated || e.searchable>
import org.springframework.data.domain.Page;
</#if>
<#if e.searchable>
import org.springframework.data.domain.PageImpl;
</#if>
<#if !e.paginated>
import org.springframework.data.domain.PageRequest;
</#if>
import org.springframework.data.domain.Pageable;
<#if !e.paginated>
import org.springframework.data.domain.Sort;
</#if>
<#if e.criteria?has_content>
import org.springframework.data.jpa.domain.Specification;
</#if>
<#assign statusErrors = (e.referrers?has_content && !e.readOnly) || e.blobs?has_content>
<#if statusErrors>
import org.springframework.http.HttpStatus;
</#if>
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
<#if !e.readOnly>
import tools.jackson.databind.JsonNode;
</#if>
<#if statusErrors>
import org.springframework.web.server.ResponseStatusException;
</#if>
<#assign collectors = !e.readOnly && e.writableReferences?filter(r -> r.collection)?has_content>
<#if collectors || e.searchable>

</#if>
<#if e.searchable>
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
</#if>
<#if collectors>
import java.util.stream.Collectors;
</#if>

<#if e.serviceImpl>
/** The use cases of {@link ${e.name.className}Service}, in transactions. */
<#elseif e.readOnly>
/** Use cases of ${javaComment(e.name.label)}, read-only: list and read. */
<#else>
/** Use cases of ${e.name.label}: list, read, create, replace and delete. */
</#if>
@Service
@Transactional
public class ${serviceClass}<#if e.serviceImpl> implements ${e.name.className}Service</#if> {

    private final ${e.name.className}Repository repository;
<#if e.mapstruct>

    private final ${e.name.className}Mapper mapper;
</#if>
<#if e.readOnly>

    public ${serviceClass}(${e.name.className}Repository repository<#if e.mapstruct>, ${e.name.className}Mapper mapper</#if>) {
        this.repository = repository;
<#if e.mapstruct>
        this.mapper = mapper;
</#if>
    }
<#else>

    private final MergePatch mergePatch;
<#list e.referencedEntities as t>
    private final ${t.name.className}Repository ${t.name.fieldName}Repository;
</#list>

    public ${serviceClass}(${e.name.className}Repository repository<#if e.mapstruct>, ${e.name.className}Mapper mapper</#if>, MergePatch mergePatch<#list e.referencedEntities as t>, ${t.name.className}Repository ${t.name.fieldName}Repository</#list>) {
        this.repository = repository;
<#if e.mapstruct>
        this.mapper = mapper;
</#if>
        this.mergePatch = mergePatch;
<#list e.referencedEntities as t>
        this.${t.name.fieldName}Repository = ${t.name.fieldName}Repository;
</#list>
    }
</#if>

<#if e.paginated && e.criteria?has_content>
<@override/>
    @Transactional(readOnly = true)
    public PageResponse<${e.name.className}Response> list(Specification<${e.name.className}> criteria, Pageable pageable) {
        return PageResponse.of(repository.findAll(criteria, pageable).map(${mapper}::toResponse));
    }
<#elseif e.paginated>
<@override/>
    @Transactional(readOnly = true)
    public PageResponse<${e.name.className}Response> list(Pageable pageable) {
        return PageResponse.of(repository.findAll(pageable).map(${mapper}::toResponse));
    }
<#else>
    /** The {@code page}th (zero-based) {@value PageResponse#MAX_SIZE} ${javaComment(e.name.label)} rows by id<#if e.criteria?has_content> that meet the criteria</#if>. */
<@override/>
    @Transactional(readOnly = true)
    public Page<${e.name.className}Response> list(<#if e.criteria?has_content>Specification<${e.name.className}> criteria, </#if>int page) {
        Pageable rows = PageRequest.of(page, PageResponse.MAX_SIZE, Sort.by("id"));
        return repository.findAll(<#if e.criteria?has_content>criteria, </#if>rows).map(${mapper}::toResponse);
    }
</#if>

<#if e.searchable>
<#assign X = e.name.className>
    /**
     * The ${javaComment(e.name.label)} rows whose text matches {@code query} (websearch syntax), best first by rank,
     * then by id: <#if e.paginated>one page<#else>the {@code page}th (zero-based) {@value PageResponse#MAX_SIZE} of them</#if>.
     */
<@override/>
    @Transactional(readOnly = true)
<#if e.paginated>
    public PageResponse<${X}Response> search(String query, Pageable pageable) {
        return PageResponse.of(searchPage(query, pageable));
    }
<#else>
    public Page<${X}Response> search(String query, int page) {
        return searchPage(query, PageRequest.of(page, PageResponse.MAX_SIZE));
    }
</#if>

    /**
     * The page's ids in rank order from the full-text index, then their rows in one read with the references a
     * response shows (no query per row).
     */
    private Page<${X}Response> searchPage(String query, Pageable pageable) {
        long total = repository.countSearch(query);
        List<Long> ids = total == 0 ? List.of() : repository.searchIds(query, pageable.getPageSize(), pageable.getOffset());
        Map<Long, ${X}> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.<#if e.fetchGraph?has_content>findByIdIn<#else>findAllById</#if>(ids).forEach(row -> rows.put(row.getId(), row));
        }
        // A row deleted between the two reads is left out.
        return new PageImpl<>(ids.stream().map(rows::get).filter(Objects::nonNull).map(${mapper}::toResponse).toList(),
                pageable, total);
    }

</#if>
<@override/>
    @Transactional(readOnly = true)
    public ETags.Versioned<${e.name.className}Response> get(Long id) {
        return versioned(find(id));
    }
<#list e.blobs as f>
<#assign F = f.name.fieldName?cap_first>
<#assign where = "/api/" + e.name.pathSegment + "/\" + id + \"/" + f.name.fieldName>

    /** The ${javaComment(f.name.label)} of a ${javaComment(e.name.label)}: its bytes and media type; 404 when empty. */
<@override/>
    @Transactional(readOnly = true)
    public Blobs.Content ${f.name.fieldName}Content(Long id) {
        ${e.name.className} entity = find(id);
        if (entity.get${F}Size() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "${javaString(e.name.label)} " + id
                    + " has no ${javaString(f.name.label)}; upload it with PUT ${where}");
        }
        return new Blobs.Content(entity.get${F}ContentType(), repository.find${F}ById(id));
    }
<#if !e.readOnly>

    /** Stores the ${javaComment(f.name.label)} of a ${javaComment(e.name.label)}; {@code ifMatch} (may be null) must name its current ETag. */
<@override/>
    public ETags.Versioned<${e.name.className}Response> upload${F}(Long id, String ifMatch, Blobs.Content content) {
        ${e.name.className} entity = find(id);
        ETags.requireMatch(ifMatch, entity.getVersion(), "${javaString(e.name.label)}", id);
        if (repository.store${F}(id, entity.getVersion(), content.bytes(), content.contentType(), content.bytes().length) == 0) {
            throw new ObjectOptimisticLockingFailureException(${e.name.className}.class, id);
        }
        return versioned(find(id));
    }

    /** Empties the ${javaComment(f.name.label)} of a ${javaComment(e.name.label)}<#if f.field.required>: refused, it is required (upload a replacement)<#else>; {@code ifMatch} as for an upload</#if>. */
<@override/>
    public ETags.Versioned<${e.name.className}Response> clear${F}(Long id, String ifMatch) {
        ${e.name.className} entity = find(id);
        ETags.requireMatch(ifMatch, entity.getVersion(), "${javaString(e.name.label)}", id);
<#if f.field.required>
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "${javaString(e.name.label + " " + f.name.label)} is required: "
                + "upload a replacement with PUT ${where} instead of deleting it");
<#else>
        if (repository.clear${F}(id, entity.getVersion()) == 0) {
            throw new ObjectOptimisticLockingFailureException(${e.name.className}.class, id);
        }
        return versioned(find(id));
</#if>
    }
</#if>
</#list>
<#if !e.readOnly>

<@override/>
    public ETags.Versioned<${e.name.className}Response> create(${e.name.className}Request request) {
        ${e.name.className} entity = new ${e.name.className}();
        apply(request, entity);
        return versioned(repository.saveAndFlush(entity));
    }

    /** Replaces a ${javaComment(e.name.label)}; {@code ifMatch} (may be null) must name its current ETag. */
<@override/>
    public ETags.Versioned<${e.name.className}Response> update(Long id, String ifMatch, ${e.name.className}Request request) {
        ${e.name.className} entity = find(id);
        ETags.requireMatch(ifMatch, entity.getVersion(), "${javaString(e.name.label)}", id);
        apply(request, entity);
        return versioned(repository.saveAndFlush(entity));
    }

    /** Applies a JSON merge patch to a ${javaComment(e.name.label)}; validated like a replacement. */
<@override/>
    public ETags.Versioned<${e.name.className}Response> patch(Long id, String ifMatch, JsonNode patch) {
        ${e.name.className} entity = find(id);
        ETags.requireMatch(ifMatch, entity.getVersion(), "${javaString(e.name.label)}", id);
        apply(mergePatch.apply(currentRequest(entity), patch, ${e.name.className}Request.class), entity);
        return versioned(repository.saveAndFlush(entity));
    }

<@override/>
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

    private ${versionedStatic}ETags.Versioned<${e.name.className}Response> versioned(${e.name.className} entity) {
        return new ETags.Versioned<>(${mapper}.toResponse(entity), entity.getVersion());
    }
<#if !e.readOnly>

    private static ${e.name.className}Request currentRequest(${e.name.className} entity) {
        return new ${e.name.className}Request(<#list e.apiFields as f>entity.get${f.name.fieldName?cap_first}()<#sep>, </#sep></#list><#if e.apiFields?has_content && e.writableReferences?has_content>,</#if><#list e.writableReferences as r><#if r.collection>
                entity.get${r.member?cap_first}().stream().map(target -> target.getId()).collect(Collectors.toSet())<#else>
                entity.get${r.member?cap_first}() == null ? null : entity.get${r.member?cap_first}().getId()</#if><#sep>,</#sep></#list>);
    }
</#if>

    private ${e.name.className} find(Long id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFoundException("${e.name.label}", id));
    }
<#if !e.readOnly>

    private void apply(${e.name.className}Request request, ${e.name.className} entity) {
        ${mapper}.copyFields(request, entity);
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
