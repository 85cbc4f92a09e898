package ${e.packageName};

<#if e.blobs?has_content>
import ${app.basePackage}.common.Blobs;
</#if>
import ${app.basePackage}.common.ETags;
import ${app.basePackage}.common.PageResponse;
<#if !e.paginated || e.searchable>
import org.springframework.data.domain.Page;
</#if>
<#if e.paginated>
import org.springframework.data.domain.Pageable;
</#if>
<#if e.criteria?has_content>
import org.springframework.data.jpa.domain.Specification;
</#if>
<#if !e.readOnly>
import tools.jackson.databind.JsonNode;
</#if>

<#if e.readOnly>
/**
 * Use cases of ${javaComment(e.name.label)}, read-only: list and read. The controller depends on this interface;
 * {@link ${e.name.className}ServiceImpl} implements it (JDL {@code service with serviceImpl}).
 */
<#else>
/**
 * Use cases of ${javaComment(e.name.label)}: list, read, create, replace and delete. The controller depends on this
 * interface; {@link ${e.name.className}ServiceImpl} implements it (JDL {@code service with serviceImpl}).
 */
</#if>
public interface ${e.name.className}Service {

<#if e.paginated && e.criteria?has_content>
    /** A page of ${javaComment(e.name.label)} rows that meet the criteria. */
    PageResponse<${e.name.className}Response> list(Specification<${e.name.className}> criteria, Pageable pageable);
<#elseif e.paginated>
    /** A page of ${javaComment(e.name.label)} rows. */
    PageResponse<${e.name.className}Response> list(Pageable pageable);
<#else>
    /** The {@code page}th (zero-based) {@value PageResponse#MAX_SIZE} ${javaComment(e.name.label)} rows by id<#if e.criteria?has_content> that meet the criteria</#if>. */
    Page<${e.name.className}Response> list(<#if e.criteria?has_content>Specification<${e.name.className}> criteria, </#if>int page);
</#if>
<#if e.searchable>

    /** ${javaComment(e.name.label)?cap_first} rows whose text matches {@code query} (websearch syntax), best first: <#if e.paginated>one page<#else>the {@code page}th (zero-based) {@value PageResponse#MAX_SIZE}</#if>. */
<#if e.paginated>
    PageResponse<${e.name.className}Response> search(String query, Pageable pageable);
<#else>
    Page<${e.name.className}Response> search(String query, int page);
</#if>
</#if>

    /** A ${javaComment(e.name.label)} and its version (the ETag); 404 when there is none. */
    ETags.Versioned<${e.name.className}Response> get(Long id);
<#list e.blobs as f>
<#assign F = f.name.fieldName?cap_first>

    /** The ${javaComment(f.name.label)} of a ${javaComment(e.name.label)}: its bytes and media type; 404 when empty. */
    Blobs.Content ${f.name.fieldName}Content(Long id);
<#if !e.readOnly>

    /** Stores the ${javaComment(f.name.label)} of a ${javaComment(e.name.label)}; {@code ifMatch} (may be null) must name its current ETag. */
    ETags.Versioned<${e.name.className}Response> upload${F}(Long id, String ifMatch, Blobs.Content content);

    /** Empties the ${javaComment(f.name.label)} of a ${javaComment(e.name.label)}; {@code ifMatch} as for an upload. */
    ETags.Versioned<${e.name.className}Response> clear${F}(Long id, String ifMatch);
</#if>
</#list>
<#if !e.readOnly>

    /** Creates a ${javaComment(e.name.label)}. */
    ETags.Versioned<${e.name.className}Response> create(${e.name.className}Request request);

    /** Replaces a ${javaComment(e.name.label)}; {@code ifMatch} (may be null) must name its current ETag. */
    ETags.Versioned<${e.name.className}Response> update(Long id, String ifMatch, ${e.name.className}Request request);

    /** Applies a JSON merge patch to a ${javaComment(e.name.label)}; validated like a replacement. */
    ETags.Versioned<${e.name.className}Response> patch(Long id, String ifMatch, JsonNode patch);

    /** Deletes a ${javaComment(e.name.label)}; 409 while other rows still refer to it. */
    void delete(Long id);
</#if>
}
