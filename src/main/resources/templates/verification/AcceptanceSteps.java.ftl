package ${app.basePackage};

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.spring.CucumberContextConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The steps of the acceptance scenarios (src/test/resources/features, run by AcceptanceScenariosTest): one
 * definition per step, typed by the entity it names. Requests go through the API tests' MockMvc (every exchange
 * checked against openapi.yaml<#if app.secured>, a bearer token on each</#if>) in their Spring context and database.
 * Cucumber creates this class per scenario, so its state is one scenario's.
 */
@CucumberContextConfiguration
public class AcceptanceSteps extends ApiTestSupport {

    /** The entities the scenarios name, by label, with their API path. */
    public enum Resource {
<#list entities as e>
        ${e.name.className?upper_case}("${javaString(e.name.label)}", "/api/${e.name.pathSegment}", ${e.paginated?c}, ${e.readOnly?c})<#sep>,</#sep><#if !e?has_next>;</#if>
</#list>

        private final String label;

        private final String path;

        private final boolean paginated;

        /** Read-only (JDL readOnly): no API writes; its rows are inserted by TestData. */
        private final boolean readOnly;

        Resource(String label, String path, boolean paginated, boolean readOnly) {
            this.label = label;
            this.path = path;
            this.paginated = paginated;
            this.readOnly = readOnly;
        }
    }

    private Resource resource;

    /** The request of the scenario, as JSON, so that a step can leave a field out or change it. */
    private ObjectNode request;

    /** The entity the scenario works on (created by a step or by the request under test). */
    private Long id;

    /** The request the existing entity was created with. */
    private ObjectNode existing;

    private MvcResult response;

    @ParameterType("<#list entities as e>${javaString(e.name.label)}<#sep>|</#sep></#list>")
    public Resource entity(String label) {
        return Arrays.stream(Resource.values()).filter(r -> r.label.equals(label)).findFirst().orElseThrow();
    }

    /** A valid request as the JSON the API receives (binary as base64, dates as text). */
    private ObjectNode validRequest(Resource r) {
        Object valid = switch (r) {
<#list entities as e>
<#if e.readOnly>
            case ${e.name.className?upper_case} -> throw new IllegalArgumentException("${javaString(e.name.label)} is read-only: its API takes no requests");
<#else>
            case ${e.name.className?upper_case} -> testData.${e.name.fieldName}Request();
</#if>
</#list>
        };
        return (ObjectNode) json.readTree(json.writeValueAsString(valid));
    }

    /** A row of a read-only entity, inserted by TestData (its API cannot create one). */
    private Long existingRow(Resource r) {
        switch (r) {
<#list entities?filter(x -> x.readOnly) as e>
            case ${e.name.className?upper_case} -> {
                return testData.create${e.name.className}();
            }
</#list>
            default -> throw new IllegalArgumentException(r.label + " is not read-only: create it through its API");
        }
    }

    @Given("a valid {entity} request")
    public void aValidRequest(Resource r) {
        resource = r;
        request = validRequest(r);
    }

    @Given("a valid {entity} request without {word}")
    public void aValidRequestWithout(Resource r, String field) {
        aValidRequest(r);
        assertThat(request.has(field)).as("%s is a property of the %s request", field, r.label).isTrue();
        request.remove(field);
    }

    @Given("a valid {entity} request whose {word} does not exist")
    public void aValidRequestReferringToNothing(Resource r, String field) {
        aValidRequest(r);
        assertThat(request.has(field)).as("%s is a property of the %s request", field, r.label).isTrue();
        request.put(field, Long.MAX_VALUE);
    }

    @Given("a valid {entity} request with the same {word} as the existing one")
    public void aValidRequestWithTheSame(Resource r, String field) {
        aValidRequest(r);
        assertThat(existing.get(field)).as("the existing %s's %s", r.label, field).isNotNull();
        request.set(field, existing.get(field));
    }

    @Given("an existing {entity}")
    public void anExisting(Resource r) throws Exception {
        if (r.readOnly) {
            resource = r;
            id = existingRow(r);
            return;
        }
        aValidRequest(r);
        iCreateIt();
        assertThat(response.getResponse().getStatus()).as("creating the existing %s", r.label).isEqualTo(201);
        existing = request;
    }

    @When("I create it")
    public void iCreateIt() throws Exception {
        response = perform(post(resource.path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request)));
        if (response.getResponse().getStatus() == 201) {
            id = body().get("id").asLong();
        }
    }

    @When("I update it")
    public void iUpdateIt() throws Exception {
        response = perform(put(resource.path + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request)));
    }

    @When("I delete it")
    public void iDeleteIt() throws Exception {
        response = perform(delete(resource.path + "/" + id));
    }

    @When("I list every {entity}")
    public void iList(Resource r) throws Exception {
        resource = r;
        MockHttpServletRequestBuilder list = get(r.path);
        response = perform(r.paginated ? list.param("size", "100").param("sort", "id,desc") : list);
    }

    @When("I read a(n) {entity} that does not exist")
    public void iReadAMissing(Resource r) throws Exception {
        resource = r;
        response = perform(get(r.path + "/" + Long.MAX_VALUE));
    }

    @Then("the response status is {int}")
    public void theResponseStatusIs(int status) throws Exception {
        assertThat(response.getResponse().getStatus()).as("status of %s", response.getResponse().getContentAsString())
                .isEqualTo(status);
    }

    @Then("the Location header points to the new {entity}")
    public void theLocationPointsToTheNew(Resource r) {
        assertThat(response.getResponse().getHeader("Location")).endsWith(r.path + "/" + id);
    }

    @Then("reading it back returns the values I sent")
    public void readingItBackReturnsTheValuesISent() throws Exception {
        MvcResult read = perform(get(resource.path + "/" + id));
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        JsonNode stored = json.readTree(read.getResponse().getContentAsString());
        assertThat(stored.get("id").asLong()).isEqualTo(id);
        // references are sent by id (projectId) and shown as records (project): only the properties named alike
        // compare, and an entity without fields has none
        for (String property : request.propertyNames()) {
            if (stored.has(property)) {
                assertSameValue(property, request.get(property), stored.get(property));
            }
        }
    }

    @Then("reading it again answers 404 with problem details")
    public void readingItAgainAnswers404() throws Exception {
        response = perform(get(resource.path + "/" + id));
        theResponseStatusIs(404);
        theBodyIsProblemDetails();
    }

    @Then("the list contains the existing {entity}")
    public void theListContains(Resource r) throws Exception {
        JsonNode list = r.paginated ? body().get("content") : body();
        assertThat(list.isArray()).as("a list of %s", r.label).isTrue();
        List<Long> ids = new ArrayList<>(list.valueStream().map(item -> item.get("id").asLong()).toList());
        // an unpaginated list answers 100 rows by id at a time: follow its next links
        String next = response.getResponse().getHeader(HttpHeaders.LINK);
        while (!r.paginated && !ids.contains(id) && next != null) {
            MvcResult page = perform(get(next.substring(next.indexOf("/api/"), next.indexOf('>'))));
            json.readTree(page.getResponse().getContentAsString()).forEach(item -> ids.add(item.get("id").asLong()));
            next = page.getResponse().getHeader(HttpHeaders.LINK);
        }
        assertThat(ids).contains(id);
    }

    @Then("the response is a page with content, page, size, totalElements and totalPages")
    public void theResponseIsAPage() throws Exception {
        assertThat(body().propertyNames()).contains("content", "page", "size", "totalElements", "totalPages");
    }

    @Then("the body is problem details")
    public void theBodyIsProblemDetails() throws Exception {
        assertThat(MediaType.parseMediaType(response.getResponse().getContentType()))
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "application/problem+json");
        assertThat(body().get("status").asInt()).isEqualTo(response.getResponse().getStatus());
    }

    @Then("the problem details name the field {string}")
    public void theProblemDetailsNameTheField(String field) throws Exception {
        theBodyIsProblemDetails();
        assertThat(body().get("errors").valueStream().map(error -> error.get("field").asString())).contains(field);
    }

    private MvcResult perform(MockHttpServletRequestBuilder builder) throws Exception {
        return mockMvc.perform(builder).andReturn();
    }

    private JsonNode body() throws Exception {
        return json.readTree(response.getResponse().getContentAsString());
    }

    /** Numbers by value (10 = 10.00), date-times by instant (the zone may come back another), the rest as JSON. */
    private static void assertSameValue(String property, JsonNode sent, JsonNode stored) {
        if (sent.isNumber() && stored.isNumber()) {
            assertThat(stored.decimalValue()).as(property).isEqualByComparingTo(sent.decimalValue());
        }
        else if (sent.isString() && stored.isString() && isDateTime(sent.asString()) && isDateTime(stored.asString())) {
            assertThat(OffsetDateTime.parse(stored.asString()).toInstant()).as(property)
                    .isEqualTo(OffsetDateTime.parse(sent.asString()).toInstant());
        }
        else {
            assertThat(stored).as(property).isEqualTo(sent);
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        }
        catch (DateTimeParseException e) {
            return false;
        }
    }
}
