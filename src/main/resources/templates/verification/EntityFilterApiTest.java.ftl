<#assign C = e.name.className>
<#assign rows = e.paginated?then("body.get(\"content\")", "body")>
<#macro value c row><#if c.reference??>${row}.get("${c.attribute}")<#if c.collection>.get(0)</#if>.get("id").asString()<#else>${row}.get("${c.property}").asString()</#if></#macro>
package ${e.packageName};

import ${app.basePackage}.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The criteria query parameters of the ${javaComment(e.name.label)} list (JDL filter) against a real PostgreSQL:
 * every operator kind on two rows of their own (each query also asks {@code id.in} of those two, so rows other tests
 * left do not count), criteria combined, with paging, and invalid criteria answered with 400 naming the parameter.
 */
class ${C}FilterApiTest extends ApiTestSupport {

    private static final String URL = "/api/${e.name.pathSegment}";

    @Test
    void filtersById() throws Exception {
        JsonNode a = row(testData.create${C}());
        JsonNode b = row(testData.create${C}());

        assertThat(ids(a, b)).containsExactlyInAnyOrder(id(a), id(b));
        assertThat(ids(a, b, "id.equals", id(a).toString())).containsExactly(id(a));
        assertThat(ids(a, b, "id.notEquals", id(a).toString())).containsExactly(id(b));
        assertThat(ids(a, b, "id.greaterThan", id(a).toString())).containsExactly(id(b));
        assertThat(ids(a, b, "id.lessThanOrEqual", id(a).toString())).containsExactly(id(a));
        assertThat(ids(a, b, "id.notIn", id(b).toString())).containsExactly(id(a));
    }
<#list e.criteria?filter(c -> c.property != "id") as c>
<#assign k = c.kind.name()>
<#assign t = (c.field??)?then(c.field.field.type?string, "")>

    @Test
    void filtersBy${c.property?replace(".id", "Id")?cap_first}() throws Exception {
        JsonNode a = row(testData.create${C}());
        JsonNode b = row(testData.create${C}());
<#if c.reference?? && (c.collection || !c.reference.required)>
        // The rows refer to no ${javaComment(c.reference.target.name.label)}: none is specified, no id matches.
        assertThat(ids(a, b, "${c.property}.specified", "false")).containsExactlyInAnyOrder(id(a), id(b));
        assertThat(ids(a, b, "${c.property}.specified", "true")).isEmpty();
        assertThat(ids(a, b, "${c.property}.equals", Long.toString(Long.MAX_VALUE))).isEmpty();
<#else>
        String value = <@value c "a"/>;

        assertThat(ids(a, b, "${c.property}.specified", "true")).containsExactlyInAnyOrder(id(a), id(b));
        assertThat(ids(a, b, "${c.property}.specified", "false")).isEmpty();
        assertThat(ids(a, b, "${c.property}.notEquals", value)).doesNotContain(id(a));
<#if t != "FLOAT" && t != "DOUBLE">
        assertThat(ids(a, b, "${c.property}.equals", value)).contains(id(a));
</#if>
<#if c.reference??>
        assertThat(ids(a, b, "${c.property}.equals", value)).containsExactly(id(a));
        assertThat(ids(a, b, "${c.property}.in", value + "," + <@value c "b"/>)).containsExactlyInAnyOrder(id(a), id(b));
<#elseif k == "TEXT">
        assertThat(ids(a, b, "${c.property}.contains", value.toUpperCase(java.util.Locale.ROOT))).contains(id(a));
        assertThat(ids(a, b, "${c.property}.doesNotContain", value)).doesNotContain(id(a));
        assertThat(ids(a, b, "${c.property}.in", value, "${c.property}.in", <@value c "b"/>)).containsExactlyInAnyOrder(id(a), id(b));
        assertThat(ids(a, b, "${c.property}.notIn", value)).doesNotContain(id(a));
<#elseif k == "RANGE">
        assertThat(ids(a, b, "${c.property}.greaterThanOrEqual", value)).contains(id(a));
        assertThat(ids(a, b, "${c.property}.greaterThan", value)).doesNotContain(id(a));
        assertThat(ids(a, b, "${c.property}.lessThanOrEqual", value)).contains(id(a));
        assertThat(ids(a, b, "${c.property}.lessThan", value)).doesNotContain(id(a));
<#if t != "FLOAT" && t != "DOUBLE">
        assertThat(ids(a, b, "${c.property}.in", value + "," + <@value c "b"/>)).containsExactlyInAnyOrder(id(a), id(b));
</#if>
<#elseif k == "VALUE">
        assertThat(ids(a, b, "${c.property}.in", value + "," + <@value c "b"/>)).containsExactlyInAnyOrder(id(a), id(b));
        assertThat(ids(a, b, "${c.property}.notIn", value)).doesNotContain(id(a));
</#if>
</#if>
    }
</#list>

    @Test
    void combinesCriteria<#if e.paginated>WithPagingAndSorting</#if>() throws Exception {
        JsonNode a = row(testData.create${C}());
        JsonNode b = row(testData.create${C}());

        // Every criterion holds: a row must pass each one, also a repeated parameter.
        assertThat(ids(a, b, "id.greaterThanOrEqual", id(a).toString(), "id.lessThanOrEqual", id(a).toString())).containsExactly(id(a));
        assertThat(ids(a, b, "id.notEquals", id(a).toString(), "id.notEquals", id(b).toString())).isEmpty();
<#if e.paginated>
        mockMvc.perform(get(URL).param("id.in", id(a) + "," + id(b)).param("sort", "id,desc").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id(b)));
</#if>
    }

    @Test
    void rejectsInvalidCriteriaWith400NamingTheParameter() throws Exception {
        String[][] invalid = {{"id.equals", "not-a-number"}, {"id.near", "1"}, {"noSuchProperty.equals", "1"}, {"id", "1"},
                {"id.specified", "maybe"}<#list e.criteria?filter(c -> c.kind.name() == "RANGE" || c.kind.name() == "VALUE" || c.kind.name() == "BOOLEAN")?filter(c -> c.property != "id") as c>, {"${c.property}.equals", "not-valid"}</#list><#list e.criteria?filter(c -> c.kind.name() == "BOOLEAN" || c.kind.name() == "VALUE")?filter(c -> c.property != "id") as c>, {"${c.property}.greaterThan", "1"}</#list>};
        for (String[] parameter : invalid) {
            mockMvc.perform(get(URL).param(parameter[0], parameter[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'" + parameter[0] + "'")));
        }
    }

    private JsonNode row(Long id) throws Exception {
        return json.readTree(mockMvc.perform(get(URL + "/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Long id(JsonNode row) {
        return row.get("id").asLong();
    }

    /** The ids the list shows for {@code id.in} of the two rows and the other parameters (name, value, ...). */
    private List<Long> ids(JsonNode a, JsonNode b, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get(URL).param("id.in", id(a) + "," + id(b));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        JsonNode body = json.readTree(mockMvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Long> ids = new ArrayList<>();
        ${rows}.forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }
}
