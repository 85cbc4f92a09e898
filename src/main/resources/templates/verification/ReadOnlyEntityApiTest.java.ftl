<#assign C = e.name.className>
<#assign sortable = e.apiFields>
<#assign required = e.writableReferences?filter(r -> !r.collection && r.required)>
package ${e.packageName};

import ${app.basePackage}.ApiTestSupport;
<#if required?has_content>
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
</#if>
import org.junit.jupiter.api.Test;
<#if required?has_content>
import org.springframework.beans.factory.annotation.Autowired;
</#if>
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;

<#if required?has_content>
import static org.junit.jupiter.api.Assertions.assertEquals;
</#if>
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read-only ${javaComment(e.name.label)} API against a real PostgreSQL: rows are inserted through the repository
 * (the API writes none), listed and read; every write method is answered with 405.
 */
class ${C}ApiTest extends ApiTestSupport {

    private static final String URL = "/api/${e.name.pathSegment}";
<#if required?has_content>

    @Autowired
    private EntityManagerFactory entityManagerFactory;
</#if>

    @Test
    void reads${C}InsertedThroughTheRepository() throws Exception {
        Long id = testData.create${C}();

        mockMvc.perform(get(URL + "/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(id))<#list required as r>
                .andExpect(jsonPath("$.${r.member}.id").isNumber())</#list>;
    }

    @Test
    void lists${e.name.plural?cap_first}() throws Exception {
        Long id = testData.create${C}();

        mockMvc.perform(get(URL)<#if e.paginated>.param("size", "100").param("sort", "id,desc")</#if>)
                .andExpect(status().isOk())
<#if e.paginated>
                .andExpect(jsonPath("$.page").value(0))
</#if>
                .andExpect(jsonPath("$<#if e.paginated>.content</#if>[?(@.id == %d)]", id).exists());
    }

    @Test
    void answersUnknown${C}With404ProblemDetails() throws Exception {
        mockMvc.perform(get(URL + "/" + Long.MAX_VALUE))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void answersEveryWriteWith405AndKeepsTheRow() throws Exception {
        Long id = testData.create${C}();
        RequestBuilder[] writes = {
                post(URL).contentType(MediaType.APPLICATION_JSON).content("{}"),
                put(URL + "/" + id).contentType(MediaType.APPLICATION_JSON).content("{}"),
                patch(URL + "/" + id).contentType("application/merge-patch+json").content("{}"),
                delete(URL + "/" + id)};
        for (RequestBuilder write : writes) {
            mockMvc.perform(write)
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("GET")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        mockMvc.perform(get(URL + "/" + id)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
    }
<#if e.paginated>

    @Test
    void sorts${e.name.plural?cap_first}ByEveryProperty() throws Exception {
        testData.create${C}();
        Long newest = testData.create${C}();
        mockMvc.perform(get(URL).param("sort", "id,desc").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(newest));
        for (String property : new String[] {"id"<#list sortable as f>, "${f.name.fieldName}"</#list>}) {
            for (String direction : new String[] {"asc", "desc"}) {
                mockMvc.perform(get(URL).param("sort", property + "," + direction))
                        .andExpect(status().isOk());
            }
        }
    }

    @Test
    void rejectsUnknownSortPropertyWith400ProblemDetails() throws Exception {
        mockMvc.perform(get(URL).param("sort", "noSuchProperty,asc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
</#if>
<#if required?has_content>

    @Test
    void listingLoadsABoundedNumberOfQueries() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        testData.create${C}();
        long few = queriesToList(statistics);
        for (int i = 0; i < 5; i++) {
            testData.create${C}();
        }

        // Five more rows, each with references of its own: an N+1 fetch would need more queries.
        assertEquals(few, queriesToList(statistics));
    }

    private long queriesToList(Statistics statistics) throws Exception {
        statistics.clear();
        mockMvc.perform(get(URL)<#if e.paginated>.param("size", "100").param("sort", "id,desc")</#if>).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
</#if>
}
