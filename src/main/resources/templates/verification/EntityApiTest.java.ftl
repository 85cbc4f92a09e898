<#assign C = e.name.className>
<#assign v = e.name.fieldName>
<#assign required = e.firstRequiredField!>
<#assign text = e.firstStringField!>
<#assign unique = e.apiFields?filter(f -> f.field.unique)?first!>
<#assign zoned = e.apiFields?filter(f -> f.field.type == "ZONED_DATE_TIME")>
<#assign sortable = e.apiFields>
<#assign refs = e.writableReferences>
<#assign others = refs?filter(r -> r.target.name.original != e.name.original)>
<#assign manyToMany = refs?filter(r -> r.collection)>
<#macro requestWith replaced><#list e.apiFields as f>valid.${f.name.fieldName}()<#sep>, </#sep></#list><#if e.apiFields?has_content && refs?has_content>, </#if><#list refs as r><#if replaced[r.member]??>${replaced[r.member]}<#else>valid.${r.apiProperty}()</#if><#sep>, </#sep></#list></#macro>
package ${e.packageName};

import ${app.basePackage}.ApiTestSupport;
<#if refs?has_content>
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
</#if>
import org.junit.jupiter.api.Test;
<#if refs?has_content>
import org.springframework.beans.factory.annotation.Autowired;
</#if>
import org.springframework.http.MediaType;
<#if refs?has_content || text?has_content || e.blobs?has_content || !e.paginated>
import tools.jackson.databind.JsonNode;
</#if>

<#if zoned?has_content>
import java.time.ZoneId;
</#if>
<#if manyToMany?has_content>
import java.util.Set;
</#if>

import static org.assertj.core.api.Assertions.assertThat;
<#if e.blobs?has_content>
import static org.hamcrest.Matchers.startsWith;
</#if><#if refs?has_content>
import static org.junit.jupiter.api.Assertions.assertEquals;
</#if>
<#if refs?filter(r -> !r.collection && !r.required)?has_content>
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/** The ${e.name.label} API against a real PostgreSQL: create, read, update, delete, list and its errors. */
class ${C}ApiTest extends ApiTestSupport {

    private static final String URL = "/api/${e.name.pathSegment}";
<#if refs?has_content>

    @Autowired
    private EntityManagerFactory entityManagerFactory;
</#if>

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

<#if text?has_content>
    @Test
    void etagChangesOnUpdate() throws Exception {
        Long id = testData.create${C}();
        String before = mockMvc.perform(get(URL + "/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getHeader("ETag");

        String after = mockMvc.perform(put(URL + "/" + id).header("If-Match", before)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(testData.${v}Request())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");

        assertThat(after).isNotEqualTo(before);
        mockMvc.perform(get(URL + "/" + id)).andExpect(header().string("ETag", after));
    }

    @Test
    void patchChangesOneFieldAndKeepsTheRest() throws Exception {
        Long id = testData.create${C}();
        JsonNode before = json.readTree(mockMvc.perform(get(URL + "/" + id)).andReturn().getResponse().getContentAsString());
        String changed = testData.${v}Request().${text.name.fieldName}();

        JsonNode after = json.readTree(mockMvc.perform(patch(URL + "/" + id).contentType("application/merge-patch+json")
                        .content(json.writeValueAsString(json.createObjectNode().put("${text.name.fieldName}", changed))))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andReturn().getResponse().getContentAsString());

        assertThat(after.get("${text.name.fieldName}").asString()).isEqualTo(changed);
        for (String property : before.propertyNames()) {
            if (!property.equals("${text.name.fieldName}")) {
                assertThat(after.get(property)).as(property).isEqualTo(before.get(property));
            }
        }
    }

<#if required?has_content>
    @Test
    void patchClearingRequired${required.name.fieldName?cap_first}IsRejectedWith400() throws Exception {
        Long id = testData.create${C}();

        mockMvc.perform(patch(URL + "/" + id).contentType("application/merge-patch+json")
                        .content("{\"${required.name.fieldName}\": null}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("${required.name.fieldName}"));
    }

</#if>
    @Test
    void staleIfMatchIsRejectedWith412() throws Exception {
        Long id = testData.create${C}();
        String read = mockMvc.perform(get(URL + "/" + id)).andReturn().getResponse().getHeader("ETag");
        ${C}Request first = testData.${v}Request();
        mockMvc.perform(put(URL + "/" + id).header("If-Match", read)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(first)))
                .andExpect(status().isOk());

        mockMvc.perform(put(URL + "/" + id).header("If-Match", read)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(testData.${v}Request())))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(412));
        mockMvc.perform(get(URL + "/" + id))
                .andExpect(jsonPath("$.${text.name.fieldName}").value(first.${text.name.fieldName}()));
    }

</#if>
    @Test
    void lists${e.name.plural?cap_first}() throws Exception {
        Long id = testData.create${C}();

<#if e.paginated>
        mockMvc.perform(get(URL).param("size", "100").param("sort", "id,desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.content[?(@.id == %d)]", id).exists());
<#else>
        assertThat(listed(id)).isNotNull();
</#if>
    }
<#if !e.paginated>

    @Test
    void capsThe${e.name.plural?cap_first}ListAt100WithALinkToTheNextPage() throws Exception {
        for (int i = 0; i < 101; i++) {
            testData.create${C}();
        }

        mockMvc.perform(get(URL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(100))
                .andExpect(header().string("Link", "<http://localhost" + URL + "?page=1>; rel=\"next\""));
        mockMvc.perform(get(URL).param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** The listed ${javaComment(e.name.label)} with this id, following the lists' next links; null if none lists it. */
    private JsonNode listed(long id) throws Exception {
        String url = URL;
        while (url != null) {
            var response = mockMvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
            for (JsonNode item : json.readTree(response.getContentAsString())) {
                if (item.get("id").asLong() == id) {
                    return item;
                }
            }
            String link = response.getHeader("Link");
            url = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
        }
        return null;
    }
</#if>

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
        ${C}Request invalid = new ${C}Request(<#list e.apiFields as f><#if f.name.fieldName == required.name.fieldName>null<#else>valid.${f.name.fieldName}()</#if><#sep>, </#sep></#list><#list e.writableReferences as r>, valid.${r.apiProperty}()</#list>);

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
        ${C}Request invalid = new ${C}Request(<#list e.apiFields as f>valid.${f.name.fieldName}()<#sep>, </#sep></#list><#if e.apiFields?has_content>, </#if><#list e.writableReferences as r><#if r.apiProperty == e.getFirstRequiredReference()>Long.MAX_VALUE<#else>valid.${r.apiProperty}()</#if><#sep>, </#sep></#list>);

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
        ${C}Request request = new ${C}Request(<#list e.apiFields as f><#if f.field.type == "ZONED_DATE_TIME">valid.${f.name.fieldName}().withZoneSameInstant(ZoneId.of("Asia/Kolkata"))<#else>valid.${f.name.fieldName}()</#if><#sep>, </#sep></#list><#list e.writableReferences as r>, valid.${r.apiProperty}()</#list>);
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
<#list e.apiFields as f>
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
        ${C}Request tooLong = new ${C}Request(<#list e.apiFields as f><#if f.name.fieldName == text.name.fieldName>"x".repeat(${(text.maxLength + 1)?c})<#else>valid.${f.name.fieldName}()</#if><#sep>, </#sep></#list><#list e.writableReferences as r>, valid.${r.apiProperty}()</#list>);

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
<#if refs?has_content>

    @Test
    void createsAndReads${C}WithItsReferences() throws Exception {
        ${C}Request valid = testData.${v}Request();
<#assign replaced = {}>
<#list refs as r>
        Long ${r.member}Target = testData.create${r.target.name.className}();
<#assign replaced = replaced + {r.member: r.collection?then("Set.of(" + r.member + "Target)", r.member + "Target")}>
</#list>
        ${C}Request request = new ${C}Request(<@requestWith replaced/>);

        JsonNode read = read(URL + "/" + create(request));

<#list refs as r>
        JsonNode ${r.member}Shown = read("/api/${r.target.name.pathSegment}/" + ${r.member}Target);
        assertEquals(${r.member}Shown.get("id"), read.get("${r.member}")<#if r.collection>.get(0)</#if>.get("id"));
<#if r.display??>
        assertEquals(${r.member}Shown.get("${r.display.name.fieldName}"), read.get("${r.member}")<#if r.collection>.get(0)</#if>.get("${r.display.name.fieldName}"));
</#if>
</#list>
    }
<#list refs as r>

    @Test
    void rejects${C}WithUnknown${r.member?cap_first}() throws Exception {
        ${C}Request valid = testData.${v}Request();
        ${C}Request invalid = new ${C}Request(<@requestWith {r.member: r.collection?then("Set.of(Long.MAX_VALUE)", "Long.MAX_VALUE")}/>);

        mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(invalid)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("${r.apiProperty}"));
    }
</#list>
<#list others?filter(r -> !r.target.readOnly) as r>

    @Test
    void refusesToDelete${r.member?cap_first}StillReferencedBy${C}() throws Exception {
        Long target = testData.create${r.target.name.className}();
        ${C}Request valid = testData.${v}Request();
        create(new ${C}Request(<@requestWith {r.member: r.collection?then("Set.of(target)", "target")}/>));

        mockMvc.perform(delete("/api/${r.target.name.pathSegment}/" + target))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("${javaString(e.name.label)}")));
        mockMvc.perform(get("/api/${r.target.name.pathSegment}/" + target)).andExpect(status().isOk());
    }
</#list>
<#list refs?filter(r -> r.collection || !r.required) as r>

    @Test
    void replaces${r.member?cap_first}OnPut() throws Exception {
        ${C}Request valid = testData.${v}Request();
        Long first = testData.create${r.target.name.className}();
        long id = create(new ${C}Request(<@requestWith {r.member: r.collection?then("Set.of(first)", "first")}/>));
<#if r.collection>
        Long second = testData.create${r.target.name.className}();

        mockMvc.perform(put(URL + "/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new ${C}Request(<@requestWith {r.member: "Set.of(second)"}/>))))
                .andExpect(status().isOk());

        JsonNode ${r.member} = read(URL + "/" + id).get("${r.member}");
        assertEquals(1, ${r.member}.size());
        assertEquals(second.longValue(), ${r.member}.get(0).get("id").asLong());
<#else>

        // PUT replaces the whole resource: a reference left out is cleared.
        mockMvc.perform(put(URL + "/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new ${C}Request(<@requestWith {r.member: "null"}/>))))
                .andExpect(status().isOk());

        assertTrue(read(URL + "/" + id).get("${r.member}").isNull());
</#if>
    }
</#list>

    @Test
    void listingLoadsABoundedNumberOfQueries() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        createWithFreshReferences();
        long few = queriesToList(statistics);
        for (int i = 0; i < 5; i++) {
            createWithFreshReferences();
        }

        // Five more rows, each with references of its own: an N+1 fetch would need more queries.
        assertEquals(few, queriesToList(statistics));
    }

    private long queriesToList(Statistics statistics) throws Exception {
        statistics.clear();
        mockMvc.perform(get(URL)<#if e.paginated>.param("size", "100").param("sort", "id,desc")</#if>).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    private void createWithFreshReferences() throws Exception {
        ${C}Request valid = testData.${v}Request();
<#assign fresh = {}>
<#list refs as r>
<#assign fresh = fresh + {r.member: r.collection?then("Set.of(testData.create" + r.target.name.className + "(), testData.create" + r.target.name.className + "())", "testData.create" + r.target.name.className + "()")}>
</#list>
        create(new ${C}Request(<@requestWith fresh/>));
    }

    private long create(${C}Request request) throws Exception {
        String body = mockMvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private JsonNode read(String url) throws Exception {
        return json.readTree(mockMvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
</#if>
<#list e.blobs as f>
<#assign F = f.name.fieldName?cap_first>
<#assign mediaType = f.image?then("image/png", "application/pdf")>
<#assign tooLarge = (f.field.maxLength??)?then((f.field.maxLength!0) + 1, 10 * 1024 * 1024 + 1)>

    @Test
    void uploadsAndDownloads${F}() throws Exception {
        Long id = testData.create${C}();
        byte[] uploaded = testData.${v}${F}();

        mockMvc.perform(put(URL + "/" + id + "/${f.name.fieldName}").contentType("${mediaType}").content(uploaded))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                // The media type as sent, parameters included (MockMvc adds the request's charset).
                .andExpect(jsonPath("$.${f.name.fieldName}.contentType").value(startsWith("${mediaType}")))
                .andExpect(jsonPath("$.${f.name.fieldName}.size").value(uploaded.length))
                .andExpect(jsonPath("$.${f.name.fieldName}.href").value(URL + "/" + id + "/${f.name.fieldName}"));

        var download = mockMvc.perform(get(URL + "/" + id + "/${f.name.fieldName}"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("${mediaType}"))
                .andExpect(header().longValue("Content-Length", uploaded.length))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(uploaded);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment; filename=").contains(id + "-${f.name.fieldName}");
    }

    @Test
    void showsThe${F}AsMetadataWithoutItsBytes() throws Exception {
        Long id = testData.create${C}();
        assertThat(read(URL + "/" + id).get("${f.name.fieldName}").isNull()).isTrue();
        byte[] uploaded = testData.${v}${F}();
        mockMvc.perform(put(URL + "/" + id + "/${f.name.fieldName}").contentType("${mediaType}").content(uploaded))
                .andExpect(status().isOk());

<#if e.paginated>
        JsonNode item = null;
        for (JsonNode row : read(URL + "?size=100&sort=id,desc").get("content")) {
            if (row.get("id").asLong() == id) {
                item = row;
            }
        }
<#else>
        JsonNode item = listed(id);
</#if>
        assertThat(item).isNotNull();
        for (JsonNode shown : new JsonNode[] {read(URL + "/" + id).get("${f.name.fieldName}"), item.get("${f.name.fieldName}")}) {
            assertThat(shown).isNotNull();
            assertThat(shown.propertyNames()).containsExactlyInAnyOrder("contentType", "size", "href");
            assertThat(shown.get("size").asLong()).isEqualTo(uploaded.length);
        }
    }
<#if f.image>

    @Test
    void rejectsA${F}ThatIsNoImageWith415() throws Exception {
        Long id = testData.create${C}();

        mockMvc.perform(put(URL + "/" + id + "/${f.name.fieldName}").contentType("text/plain").content(testData.${v}${F}()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
</#if>

    @Test
    void rejectsA${F}OverTheMaximumSizeWith413() throws Exception {
        Long id = testData.create${C}();

        mockMvc.perform(put(URL + "/" + id + "/${f.name.fieldName}").contentType("${mediaType}").content(new byte[${tooLarge?c}]))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mockMvc.perform(get(URL + "/" + id + "/${f.name.fieldName}")).andExpect(status().isNotFound());
    }

    @Test
    void answersThe${F}OfAnUnknown${C}With404() throws Exception {
        mockMvc.perform(put(URL + "/" + Long.MAX_VALUE + "/${f.name.fieldName}").contentType("${mediaType}").content(testData.${v}${F}()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mockMvc.perform(get(URL + "/" + Long.MAX_VALUE + "/${f.name.fieldName}")).andExpect(status().isNotFound());
    }

    @Test
    void <#if f.field.required>refusesToDeleteTheRequired${F}With400<#else>deleteClearsThe${F}</#if>() throws Exception {
        Long id = testData.create${C}();
        mockMvc.perform(put(URL + "/" + id + "/${f.name.fieldName}").contentType("${mediaType}").content(testData.${v}${F}()))
                .andExpect(status().isOk());

<#if f.field.required>
        mockMvc.perform(delete(URL + "/" + id + "/${f.name.fieldName}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mockMvc.perform(get(URL + "/" + id + "/${f.name.fieldName}")).andExpect(status().isOk());
<#else>
        mockMvc.perform(delete(URL + "/" + id + "/${f.name.fieldName}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.${f.name.fieldName}").doesNotExist());
        mockMvc.perform(get(URL + "/" + id + "/${f.name.fieldName}")).andExpect(status().isNotFound());
</#if>
    }
</#list>
<#if e.blobs?has_content && !refs?has_content>

    private JsonNode read(String url) throws Exception {
        return json.readTree(mockMvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
</#if>
}
