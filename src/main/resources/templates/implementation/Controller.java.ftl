package ${e.packageName};

<#assign criteria = e.criteria>
<#if criteria?has_content>
import ${app.basePackage}.common.Criteria;
</#if>
import ${app.basePackage}.common.ETags;
<#if !e.readOnly>
import ${app.basePackage}.common.MergePatch;
</#if>
<#if e.paginated>
import ${app.basePackage}.common.PageResponse;
import ${app.basePackage}.common.Sorting;
</#if>
<#if criteria?has_content>
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
import org.springframework.http.ResponseEntity;
<#if criteria?has_content>
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
<#if criteria?has_content>
import org.springframework.web.bind.annotation.RequestParam;
</#if>
import org.springframework.web.bind.annotation.RestController;
<#if !e.readOnly>
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
</#if>
<#if !e.paginated>

import java.util.List;
<#else>

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
    private static final Set<String> SORTABLE = Set.of("id"<#list e.fields?filter(f -> f.field.type != "BLOB") as f>, "${f.name.fieldName}"</#list>);

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
    private final ${e.name.className}Service service;

    public ${e.name.className}Controller(${e.name.className}Service service) {
        this.service = service;
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
<#elseif criteria?has_content>
    public List<${e.name.className}Response> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> criteria) {
        return service.list(CRITERIA.specification(criteria));
    }
<#else>
    public List<${e.name.className}Response> list() {
        return service.list();
    }
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
}
