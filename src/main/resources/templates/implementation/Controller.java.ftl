package ${e.packageName};

<#assign criteria = e.criteria>
<#if e.blobs?has_content>
import ${app.basePackage}.common.Blobs;
</#if>
<#if criteria?has_content>
import ${app.basePackage}.common.Criteria;
</#if>
import ${app.basePackage}.common.ETags;
<#if !e.readOnly>
import ${app.basePackage}.common.MergePatch;
</#if>
import ${app.basePackage}.common.PageResponse;
<#if e.searchable>
import ${app.basePackage}.common.SearchQuery;
</#if>
<#if e.paginated>
import ${app.basePackage}.common.Sorting;
</#if>
<#if criteria?has_content || e.searchable>
import io.swagger.v3.oas.annotations.Parameter;
</#if>
<#if !e.readOnly>
import jakarta.validation.Valid;
</#if>
<#if e.paginated>
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
</#if>
<#if e.blobs?has_content>
import org.springframework.http.HttpHeaders;
</#if>
import org.springframework.http.ResponseEntity;
<#if criteria?has_content || e.searchable>
import org.springframework.util.MultiValueMap;
</#if>
<#if !e.readOnly>
import org.springframework.web.bind.annotation.DeleteMapping;
</#if>
import org.springframework.web.bind.annotation.GetMapping;
<#if !e.readOnly>
import org.springframework.web.bind.annotation.PatchMapping;
</#if>
import org.springframework.web.bind.annotation.PathVariable;
<#if !e.readOnly>
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
</#if>
import org.springframework.web.bind.annotation.RequestMapping;
<#if criteria?has_content || !e.paginated || e.searchable>
import org.springframework.web.bind.annotation.RequestParam;
</#if>
import org.springframework.web.bind.annotation.RestController;
<#if !e.readOnly>
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
</#if>
<#if !e.readOnly>
import tools.jackson.databind.JsonNode;
</#if>

<#if e.blobs?has_content && !e.readOnly>
import java.io.IOException;
import java.io.InputStream;
</#if>
<#if !e.paginated>
import java.util.List;
</#if>
<#if e.paginated || e.searchable>
import java.util.Set;
</#if>

<#if e.readOnly>
/**
 * REST resource of ${javaComment(e.name.label)}: {@code /api/${e.name.pathSegment}}, read-only (JDL {@code readOnly}): list and get;
 * any other method is answered with 405. Rows come from Flyway migrations or the database.
 */
<#else>
/** REST resource of ${e.name.label}: {@code /api/${e.name.pathSegment}}. */
</#if>
@RestController
@RequestMapping("/api/${e.name.pathSegment}")
public class ${e.name.className}Controller {

<#if e.paginated>
    /** What a list can be sorted by; any other sort value is answered with 400. */
    private static final Set<String> SORTABLE = Set.of("id"<#list e.apiFields as f>, "${f.name.fieldName}"</#list>);

</#if>
<#if criteria?has_content>
    /** What a list can be filtered by (JDL filter): {@code property.operator=value}, see {@link Criteria}. */
<#assign lines = []>
<#list criteria as c>
<#if c.reference??>
<#assign lines = lines + [".reference(\"" + c.attribute + "\", " + c.collection?c + ", \"" + javaString(c.expected) + "\")"]>
<#elseif c.kind.name() == "TEXT">
<#assign lines = lines + [".text(\"" + c.property + "\")"]>
<#elseif c.kind.name() == "BOOLEAN">
<#assign lines = lines + [".bool(\"" + c.property + "\")"]>
<#else>
<#assign lines = lines + [".property(\"" + c.property + "\", Criteria.Kind." + c.kind.name() + ", " + c.parser + ", \"" + javaString(c.expected) + "\")"]>
</#if>
</#list>
    private static final Criteria<${e.name.className}> CRITERIA = new Criteria<${e.name.className}>()
            ${lines?join("\n            ")};

</#if>
<#if e.searchable>
    /** What a search takes besides {@code query} (see {@link SearchQuery}). */
    private static final Set<String> SEARCH_PAGING = Set.of("page"<#if e.paginated>, "size"</#if>);

</#if>
    private final ${e.name.className}Service service;
<#if e.blobs?has_content && !e.readOnly>

    private final Blobs blobs;
</#if>

    public ${e.name.className}Controller(${e.name.className}Service service<#if e.blobs?has_content && !e.readOnly>, Blobs blobs</#if>) {
        this.service = service;
<#if e.blobs?has_content && !e.readOnly>
        this.blobs = blobs;
</#if>
    }

    @GetMapping
<#if e.paginated>
<#if criteria?has_content>
    public PageResponse<${e.name.className}Response> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> criteria,
            @ParameterObject @PageableDefault(size = 20, sort = "id") Pageable pageable) {
        return service.list(CRITERIA.specification(criteria), Sorting.checked(pageable, SORTABLE));
    }
<#else>
    public PageResponse<${e.name.className}Response> list(@ParameterObject @PageableDefault(size = 20, sort = "id") Pageable pageable) {
        return service.list(Sorting.checked(pageable, SORTABLE));
    }
</#if>
<#else>
    /**
     * At most {@value PageResponse#MAX_SIZE} rows by id<#if criteria?has_content> meeting the criteria</#if>, the {@code page}th of them (zero-based); when more
     * exist a {@code Link} header names the next page ({@code rel="next"}, RFC 8288).
     */
    public ResponseEntity<List<${e.name.className}Response>> list(<#if criteria?has_content>@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> criteria,
            </#if>@RequestParam(defaultValue = "0") int page) {
        return PageResponse.withNextLink(service.list(<#if criteria?has_content>CRITERIA.specification(criteria), </#if>PageResponse.checkedPage(page)));
    }
</#if>

<#if e.searchable>

    /**
     * Full-text search (JDL search) over <#list e.searchFields as f>${f.name.fieldName}<#sep>, </#sep></#list>: {@code query} in websearch syntax (words, "a phrase",
     * or, -word), best match first (ts_rank), then by id; <#if e.paginated>paged like the list<#else>at most {@value PageResponse#MAX_SIZE} rows a page, the
     * next page named in a {@code Link} header like the list's</#if>. A blank or missing query is answered with 400.
     */
    @GetMapping("/_search")
<#if e.paginated>
    public PageResponse<${e.name.className}Response> search(@RequestParam(required = false) String query,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return service.search(SearchQuery.checked(query, parameters, SEARCH_PAGING), pageable);
    }
<#else>
    public ResponseEntity<List<${e.name.className}Response>> search(@RequestParam(required = false) String query,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(defaultValue = "0") int page) {
        String checked = SearchQuery.checked(query, parameters, SEARCH_PAGING);
        return PageResponse.withNextLink(service.search(checked, PageResponse.checkedPage(page)));
    }
</#if>
</#if>

    @GetMapping("/{id}")
    public ResponseEntity<${e.name.className}Response> get(@PathVariable Long id) {
        return ETags.ok(service.get(id));
    }
<#if !e.readOnly>

    @PostMapping
    public ResponseEntity<${e.name.className}Response> create(@Valid @RequestBody ${e.name.className}Request request) {
        ETags.Versioned<${e.name.className}Response> created = service.create(request);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.body().id()).toUri()).eTag(ETags.of(created.version())).body(created.body());
    }

    @PutMapping("/{id}")
    /** Replaces the resource; with {@code If-Match} only if it still has that ETag (else 412). */
    public ResponseEntity<${e.name.className}Response> update(@PathVariable Long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ${e.name.className}Request request) {
        return ETags.ok(service.update(id, ifMatch, request));
    }

    /** Changes the properties a JSON merge patch names; with {@code If-Match} only if it still has that ETag. */
    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    public ResponseEntity<${e.name.className}Response> patch(@PathVariable Long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
        return ETags.ok(service.patch(id, ifMatch, patch));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable Long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
</#if>
<#list e.blobs as f>
<#assign F = f.name.fieldName?cap_first>

    /** Downloads the ${javaComment(f.name.label)}: its bytes with their media type, as an attachment; 404 when empty. */
    @GetMapping("/{id}/${f.name.fieldName}")
    public ResponseEntity<byte[]> download${F}(@PathVariable Long id) {
        return Blobs.download(service.${f.name.fieldName}Content(id), "${javaString(e.name.fieldName)}-" + id + "-${javaString(f.name.fieldName)}");
    }
<#if !e.readOnly>

    /**
     * Uploads the ${javaComment(f.name.label)}: the raw body with its {@code Content-Type}<#if f.image> (an image, else 415)</#if>, at most
     * {@code app.blobs.max-size} (else 413); answers the ${javaComment(e.name.label)} with its new ETag.
     */
    @PutMapping(path = "/{id}/${f.name.fieldName}"<#if f.image>, consumes = "image/*"</#if>)
    public ResponseEntity<${e.name.className}Response> upload${F}(@PathVariable Long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType, InputStream body)
            throws IOException {
        return ETags.ok(service.upload${F}(id, ifMatch, blobs.read(body, contentType, <#if f.field.minLength??>${f.field.minLength?c}<#else>null</#if>, <#if f.field.maxLength??>${f.field.maxLength?c}<#else>null</#if>)));
    }

    /** Empties the ${javaComment(f.name.label)}<#if f.field.required> (refused with 400: it is required)</#if>; answers the ${javaComment(e.name.label)} with its new ETag. */
    @DeleteMapping("/{id}/${f.name.fieldName}")
    public ResponseEntity<${e.name.className}Response> delete${F}(@PathVariable Long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ETags.ok(service.clear${F}(id, ifMatch));
    }
</#if>
</#list>
}
