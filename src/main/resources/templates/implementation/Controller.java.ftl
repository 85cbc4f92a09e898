package ${e.packageName};

import ${app.basePackage}.common.ETags;
import ${app.basePackage}.common.MergePatch;
<#if e.paginated>
import ${app.basePackage}.common.PageResponse;
import ${app.basePackage}.common.Sorting;
</#if>
import jakarta.validation.Valid;
<#if e.paginated>
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
</#if>
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
<#if !e.paginated>

import java.util.List;
<#else>

import java.util.Set;
</#if>

/** REST resource of ${e.name.label}: {@code /api/${e.name.pathSegment}}. */
@RestController
@RequestMapping("/api/${e.name.pathSegment}")
public class ${e.name.className}Controller {

<#if e.paginated>
    /** What a list can be sorted by; any other sort value is answered with 400. */
    private static final Set<String> SORTABLE = Set.of("id"<#list e.fields?filter(f -> f.field.type != "BLOB") as f>, "${f.name.fieldName}"</#list>);

</#if>
    private final ${e.name.className}Service service;

    public ${e.name.className}Controller(${e.name.className}Service service) {
        this.service = service;
    }

    @GetMapping
<#if e.paginated>
    public PageResponse<${e.name.className}Response> list(@ParameterObject @PageableDefault(size = 20, sort = "id") Pageable pageable) {
        return service.list(Sorting.checked(pageable, SORTABLE));
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
}
