<#assign toOne = e.fetchGraph>
package ${e.packageName};

<#if toOne?has_content>
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
</#if>
import org.springframework.data.jpa.repository.JpaRepository;
<#if e.criteria?has_content>
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
</#if>
<#if toOne?has_content>

import java.util.List;
import java.util.Optional;
</#if>

<#if toOne?has_content>
/**
 * ${e.name.label} rows. Reads fetch the references a response shows in the same query (one join per to-one
 * reference); collections are loaded in batches (see {@code @BatchSize} on the entity), so a listing takes a
 * bounded number of queries whatever the page size.
 */
<#else>
/** ${e.name.label} rows. */
</#if>
public interface ${e.name.className}Repository extends JpaRepository<${e.name.className}, Long><#if e.criteria?has_content>, JpaSpecificationExecutor<${e.name.className}></#if> {
<#if toOne?has_content>
<#assign graph>@EntityGraph(attributePaths = {<#list toOne as path>"${path}"<#sep>, </#sep></#list>})</#assign>

    @Override
    ${graph}
    Page<${e.name.className}> findAll(Pageable pageable);

    @Override
    ${graph}
    List<${e.name.className}> findAll(Sort sort);

    @Override
    ${graph}
    Optional<${e.name.className}> findById(Long id);
<#if e.criteria?has_content>

    @Override
    ${graph}
    Page<${e.name.className}> findAll(Specification<${e.name.className}> criteria, Pageable pageable);

    @Override
    ${graph}
    List<${e.name.className}> findAll(Specification<${e.name.className}> criteria, Sort sort);
</#if>
</#if>
}
