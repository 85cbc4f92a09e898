<#assign C = e.name.className>
<#assign hasProbe = e.searchProbe??>
<#if hasProbe><#assign probe = e.searchProbe></#if>
<#-- The bounded-query test needs rows with words of its own and references to fetch. -->
<#assign bounded = hasProbe && e.fetchGraph?has_content>
<#assign rows = e.paginated?then("body.get(\"content\")", "body")>
package ${e.packageName};

import ${app.basePackage}.ApiTestSupport;
<#if bounded>
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
</#if>
import org.junit.jupiter.api.Test;
<#if hasProbe>
import org.springframework.beans.factory.annotation.Autowired;
</#if>
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
<#if hasProbe>
import java.util.UUID;
</#if>

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Full-text search of ${javaComment(e.name.label)} (JDL search, PostgreSQL websearch syntax) against a real
 * PostgreSQL<#if hasProbe>: rows whose ${probe.name.fieldName} holds words no other row holds (a random prefix per test),
 * found by a word, a phrase, or and negation, best match first, paged</#if>; a blank query, a sort or a criterion is
 * answered with 400 naming the parameter.
 */
class ${C}SearchApiTest extends ApiTestSupport {

    private static final String URL = "/api/${e.name.pathSegment}/_search";
<#if hasProbe>

    /** Makes the words of one test: e.g. w3f9a1c2red, unlike any word of another test or row. */
    private final String prefix = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);

    @Autowired
    private ${C}Repository repository;
</#if>
<#if bounded>

    @Autowired
    private EntityManagerFactory entityManagerFactory;
</#if>
<#if hasProbe>

    @Test
    void findsTheRowsThatHoldEveryWord() throws Exception {
        Long a = row(word("red") + " " + word("green"));
        Long b = row(word("blue") + " " + word("green"));

        assertThat(ids(word("red"))).containsExactly(a);
        assertThat(ids(word("blue"))).containsExactly(b);
        assertThat(ids(word("green"))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(word("RED").toUpperCase(java.util.Locale.ROOT))).as("case is ignored").containsExactly(a);
        assertThat(ids(word("red") + " " + word("blue"))).as("every word must occur").isEmpty();
        assertThat(ids(word("none"))).isEmpty();
    }

    @Test
    void findsPhrasesAlternativesAndExcludesNegatedWords() throws Exception {
        Long a = row(word("red") + " " + word("green"));
        Long b = row(word("green") + " " + word("red"));
        Long c = row(word("red") + " " + word("blue"));

        assertThat(ids(word("red") + " " + word("green"))).containsExactlyInAnyOrder(a, b);
        assertThat(ids("\"" + word("red") + " " + word("green") + "\"")).as("a phrase keeps its order").containsExactly(a);
        assertThat(ids(word("red") + " -" + word("green"))).as("-word excludes").containsExactly(c);
        assertThat(ids("\"" + word("green") + " " + word("red") + "\" or " + word("blue"))).as("or")
                .containsExactlyInAnyOrder(b, c);
    }

    @Test
    void ranksTheBestMatchFirstThenById() throws Exception {
        Long a = row(word("red") + " " + word("green"));
        Long b = row(word("red") + " " + word("red") + " " + word("red") + " " + word("blue"));
        Long c = row(word("green") + " " + word("red"));

        // b holds the word three times: it ranks first although it is not the oldest; a and c rank alike, by id.
        assertThat(ids(word("red"))).containsExactly(b, a, c);
    }
<#if e.paginated>

    @Test
    void pagesLikeTheList() throws Exception {
        Long a = row(word("red") + " " + word("one"));
        Long b = row(word("red") + " " + word("two"));
        Long c = row(word("red") + " " + word("three"));

        mockMvc.perform(get(URL).param("query", word("red")).param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(2));
        List<Long> seen = new ArrayList<>(ids(word("red"), "size", "2"));
        seen.addAll(ids(word("red"), "size", "2", "page", "1"));
        assertThat(seen).containsExactly(a, b, c);
        mockMvc.perform(get(URL).param("query", word("red")).param("size", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100));
    }
<#else>

    @Test
    void pagesLikeTheList() throws Exception {
        Long a = row(word("red") + " " + word("one"));
        Long b = row(word("red") + " " + word("two"));

        mockMvc.perform(get(URL).param("query", word("red")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader("Link")).as("no next page").isNull());
        assertThat(ids(word("red"))).containsExactly(a, b);
        assertThat(ids(word("red"), "page", "1")).isEmpty();
    }
</#if>
<#else>

    @Test
    void findsARowByItsText() throws Exception {
        Long id = testData.create${C}();
        JsonNode row = json.readTree(mockMvc.perform(get("/api/${e.name.pathSegment}/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String text = row.get("${e.searchFields[0].name.fieldName}").asString();

        assertThat(ids("\"" + text + "\"")).contains(id);
    }
</#if>

    @Test
    void rejectsABlankOrMissingQueryWith400NamingIt() throws Exception {
        for (String blank : new String[] {"", "   "}) {
            mockMvc.perform(get(URL).param("query", blank))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'query'")));
        }
        mockMvc.perform(get(URL))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'query'")));
    }

    @Test
    void rejectsSortAndCriteriaWith400NamingThem() throws Exception {
        for (String parameter : new String[] {"sort", "id.equals"}) {
            mockMvc.perform(get(URL).param("query", "anything").param(parameter, "1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'" + parameter + "'")));
        }
    }
<#if bounded>

    @Test
    void searchLoadsABoundedNumberOfQueries() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        row(word("red") + " " + word("first"));
        long few = queriesToSearch(statistics);
        for (int i = 0; i < 5; i++) {
            row(word("red") + " " + word("more") + i);
        }

        // Five more matches, each with references of its own: an N+1 fetch would need more queries.
        assertThat(queriesToSearch(statistics)).isEqualTo(few);
    }

    private long queriesToSearch(Statistics statistics) throws Exception {
        statistics.clear();
        assertThat(ids(word("red"))).isNotEmpty();
        return statistics.getPrepareStatementCount();
    }
</#if>
<#if hasProbe>

    private String word(String name) {
        return prefix + name;
    }

    /** A new ${javaComment(e.name.label)} whose ${probe.name.fieldName} holds {@code text}; its id. */
    private Long row(String text) {
        Long id = testData.create${C}();
        ${C} row = repository.findById(id).orElseThrow();
        row.set${probe.name.fieldName?cap_first}(text);
        repository.saveAndFlush(row);
        return id;
    }
</#if>

    /** The ids the search answers for {@code query} and the other parameters (name, value, ...), in order. */
    private List<Long> ids(String query, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get(URL).param("query", query);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        JsonNode body = json.readTree(mockMvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Long> ids = new ArrayList<>();
        ${rows}.forEach(found -> ids.add(found.get("id").asLong()));
        return ids;
    }
}
