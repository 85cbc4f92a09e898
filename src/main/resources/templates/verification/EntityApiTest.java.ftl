<#assign C = e.name.className>
<#assign v = e.name.fieldName>
<#assign required = e.firstRequiredField!>
<#assign text = e.firstStringField!>
<#assign unique = e.fields?filter(f -> f.field.unique)?first!>
<#assign zoned = e.fields?filter(f -> f.field.type == "ZONED_DATE_TIME")>
<#assign sortable = e.fields?filter(f -> f.field.type != "BLOB")>
package ${e.packageName};

import ${app.basePackage}.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
<#if zoned?has_content>

import java.time.ZoneId;
</#if>

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ${e.name.label} API against a real PostgreSQL: create, read, update, delete, list and its errors. */
class ${C}ApiTest extends ApiTestSupport {

    private static final String URL = "/api/${e.name.pathSegment}";

    @Test
    void createsAndReads${C}() throws Exception {
        ${C}Request request = testData.${v}Request();

        String body = mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        mockMvc.perform(get(URL + "/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))<#if text?has_content>
                .andExpect(jsonPath("$.${text.name.fieldName}").value(request.${text.name.fieldName}()))</#if>;
    }

    @Test
    void updates${C}() throws Exception {
        Long id = testData.create${C}();
        ${C}Request changed = testData.${v}Request();

        mockMvc.perform(put(URL + "/" + id).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(changed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))<#if text?has_content>
                .andExpect(jsonPath("$.${text.name.fieldName}").value(changed.${text.name.fieldName}()))</#if>;
    }

    @Test
    void lists${e.name.plural?cap_first}() throws Exception {
        Long id = testData.create${C}();

        mockMvc.perform(get(URL)<#if e.paginated>.param("size", "1000")</#if>)
                .andExpect(status().isOk())
<#if e.paginated>
                .andExpect(jsonPath("$.page").value(0))
</#if>
                .andExpect(jsonPath("$<#if e.paginated>.content</#if>[?(@.id == %d)]", id).exists());
    }

    @Test
    void deletes${C}() throws Exception {
        Long id = testData.create${C}();

        mockMvc.perform(delete(URL + "/" + id)).andExpect(status().isNoContent());

        mockMvc.perform(get(URL + "/" + id))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersUnknown${C}With404ProblemDetails() throws Exception {
        mockMvc.perform(get(URL + "/" + Long.MAX_VALUE))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void rejectsMalformed${C}With400ProblemDetails() throws Exception {
        mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content("{\"id\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
<#if required?has_content>

    @Test
    void rejects${C}Without${required.name.fieldName?cap_first}() throws Exception {
        ${C}Request valid = testData.${v}Request();
        ${C}Request invalid = new ${C}Request(<#list e.fields as f><#if f.name.fieldName == required.name.fieldName>null<#else>valid.${f.name.fieldName}()</#if><#sep>, </#sep></#list><#list e.writableReferences as r>, valid.${r.apiProperty}()</#list>);

        mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(invalid)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("${required.name.fieldName}"));
    }
</#if>
<#if unique?has_content>

    @Test
    void rejectsDuplicate${unique.name.fieldName?cap_first}With409ProblemDetails() throws Exception {
        String body = json.writeValueAsString(testData.${v}Request());
        mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());

        mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
</#if>
<#if e.getFirstRequiredReference()?has_content>

    @Test
    void rejects${C}WithUnknownReference() throws Exception {
        ${C}Request valid = testData.${v}Request();
        ${C}Request invalid = new ${C}Request(<#list e.fields as f>valid.${f.name.fieldName}()<#sep>, </#sep></#list><#if e.fields?has_content>, </#if><#list e.writableReferences as r><#if r.apiProperty == e.getFirstRequiredReference()>Long.MAX_VALUE<#else>valid.${r.apiProperty}()</#if><#sep>, </#sep></#list>);

        mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(invalid)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("${e.getFirstRequiredReference()}"));
    }
</#if>

    @Test
    void roundTripsEvery${C}Field() throws Exception {
<#if zoned?has_content>
        ${C}Request valid = testData.${v}Request();
        // Sent with an offset other than the server's: the instant must survive, whatever zone comes back.
        ${C}Request request = new ${C}Request(<#list e.fields as f><#if f.field.type == "ZONED_DATE_TIME">valid.${f.name.fieldName}().withZoneSameInstant(ZoneId.of("Asia/Kolkata"))<#else>valid.${f.name.fieldName}()</#if><#sep>, </#sep></#list><#list e.writableReferences as r>, valid.${r.apiProperty}()</#list>);
<#else>
        ${C}Request request = testData.${v}Request();
</#if>
        String created = mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        ${C}Response read = json.readValue(mockMvc.perform(get(URL + "/" + id))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), ${C}Response.class);

        assertThat(read.id()).isEqualTo(id);
<#list e.fields as f>
<#if f.field.type == "BIG_DECIMAL">
        assertThat(read.${f.name.fieldName}()).isEqualByComparingTo(request.${f.name.fieldName}());
<#elseif f.field.type == "ZONED_DATE_TIME">
        assertThat(read.${f.name.fieldName}().toInstant()).isEqualTo(request.${f.name.fieldName}().toInstant());
<#else>
        assertThat(read.${f.name.fieldName}()).isEqualTo(request.${f.name.fieldName}());
</#if>
</#list>
    }
<#if text?has_content>

    @Test
    void rejectsTooLong${text.name.fieldName?cap_first}With400ProblemDetails() throws Exception {
        ${C}Request valid = testData.${v}Request();
        ${C}Request tooLong = new ${C}Request(<#list e.fields as f><#if f.name.fieldName == text.name.fieldName>"x".repeat(${(text.maxLength + 1)?c})<#else>valid.${f.name.fieldName}()</#if><#sep>, </#sep></#list><#list e.writableReferences as r>, valid.${r.apiProperty}()</#list>);

        mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(tooLong)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("${text.name.fieldName}"));
    }
</#if>
<#if e.paginated>

    @Test
    void sorts${e.name.plural?cap_first}ByIdDescending() throws Exception {
        testData.create${C}();
        Long newest = testData.create${C}();

        mockMvc.perform(get(URL).param("sort", "id,desc").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(newest));
    }

    @Test
    void sorts${e.name.plural?cap_first}ByEveryProperty() throws Exception {
        testData.create${C}();
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

    @Test
    void rejectsPunctuatedSortWith400ProblemDetails() throws Exception {
        mockMvc.perform(get(URL).param("sort", "id);drop table x;--,asc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
</#if>
}
