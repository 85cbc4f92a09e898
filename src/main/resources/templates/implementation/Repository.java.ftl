<#assign toOne = e.fetchGraph>
package ${e.packageName};

<#if toOne?has_content>
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
</#if>
import org.springframework.data.jpa.repository.JpaRepository;
<#if e.criteria?has_content>
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
</#if>
<#if e.blobs?has_content>
import org.springframework.data.jpa.repository.Modifying;
</#if>
<#if e.blobs?has_content || e.searchable>
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
</#if>
<#if toOne?has_content || e.searchable>

</#if>
<#if toOne?has_content && e.searchable>
import java.util.Collection;
</#if>
<#if e.searchable>
import java.util.List;
</#if>
<#if toOne?has_content>
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
    Optional<${e.name.className}> findById(Long id);
<#if e.criteria?has_content>

    @Override
    ${graph}
    Page<${e.name.className}> findAll(Specification<${e.name.className}> criteria, Pageable pageable);
</#if>
</#if>
<#if e.searchable>
<#assign matches = e.searchColumn + " @@ websearch_to_tsquery('simple', :query)">

    /**
     * Ids of the rows whose text matches {@code query} (websearch syntax: words, "quoted phrases", or, -word), best
     * first by {@code ts_rank}, then by id; {@code limit} of them from {@code offset}.
     */
    @Query(value = "SELECT id FROM ${e.table} WHERE ${matches} "
            + "ORDER BY ts_rank(${e.searchColumn}, websearch_to_tsquery('simple', :query)) DESC, id "
            + "LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Long> searchIds(@Param("query") String query, @Param("limit") int limit, @Param("offset") long offset);

    /** How many rows match {@code query}. */
    @Query(value = "SELECT count(*) FROM ${e.table} WHERE ${matches}", nativeQuery = true)
    long countSearch(@Param("query") String query);
<#if toOne?has_content>

    /** The rows with these ids, with the references a response shows (as {@link #findAll(Pageable)}). */
    ${graph}
    List<${e.name.className}> findByIdIn(Collection<Long> ids);
</#if>
</#if>
<#list e.blobs as f>
<#assign F = f.name.fieldName?cap_first>

    /** The bytes of ${f.name.fieldName} alone (the entity does not map them); null when empty. */
    @Query(value = "SELECT ${f.column} FROM ${e.table} WHERE id = :id", nativeQuery = true)
    byte[] find${F}ById(@Param("id") Long id);

    /**
     * Stores ${f.name.fieldName} with its media type and size and raises the version, if the row still has
     * {@code version}; answers the number of rows changed (0: changed meanwhile).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE ${e.table} SET ${f.column} = :content, ${f.contentTypeColumn} = :contentType, "
            + "${f.sizeColumn} = :size, version = version + 1 WHERE id = :id AND version = :version", nativeQuery = true)
    int store${F}(@Param("id") Long id, @Param("version") long version, @Param("content") byte[] content,
            @Param("contentType") String contentType, @Param("size") long size);

    /** Empties ${f.name.fieldName} and raises the version, if the row still has {@code version}; answers the rows changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE ${e.table} SET ${f.column} = NULL, ${f.contentTypeColumn} = NULL, ${f.sizeColumn} = NULL, "
            + "version = version + 1 WHERE id = :id AND version = :version", nativeQuery = true)
    int clear${F}(@Param("id") Long id, @Param("version") long version);
</#list>
}
