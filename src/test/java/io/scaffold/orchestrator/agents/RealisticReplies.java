package io.scaffold.orchestrator.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scaffold.orchestrator.llm.ScriptedModelServer;
import io.scaffold.orchestrator.llm.ScriptedModelServer.Request;
import io.scaffold.orchestrator.llm.ScriptedModelServer.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scripted replies for every prompt template of the model-backed agents, written the way
 * a good model answers: from the material of the request (the domain brief, the ADRs, the
 * files to review), in the domain's words, within the answer's schema. A scripted server
 * serves them to the real Spring AI clients, so a whole run can think with a "model" for
 * any requirements document.
 */
final class RealisticReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealisticReplies() {
    }

    /** Scripts the agents' templates on {@code server}. */
    static ScriptedModelServer script(ScriptedModelServer server) {
        return server.script("domain-analyst.domain", Step.answer(RealisticReplies::domainAnalysis))
            .script("architect.adr-rationale", Step.answer(RealisticReplies::adrRationales))
            .script("product-owner.stories", Step.answer(RealisticReplies::stories))
            .script("security-reviewer.review",
                    Step.answer(r -> review(r, "src/main/resources/application.yml", "REVIEW-SEC-CONFIG",
                            "the management endpoints are served on the application port to every caller",
                            "serve them on a separate management port reachable only inside the cluster")))
            .script("architecture-reviewer.review",
                    Step.answer(r -> review(r, "docs/architecture/non-functional-requirements.md", "REVIEW-ARCH-NFR",
                            "no recovery point objective is stated although the records are the team's only copy",
                            "state how much data may be lost and how backups meet it")))
            .script("test-reviewer.review",
                    Step.answer(r -> review(r, null, "REVIEW-TEST-GAP",
                            "no test covers a reference to a missing related record",
                            "add a test that posts a reference to an unknown id and expects 400")))
            .script("reviser.decision-changes", Step.answer("{\"changes\": []}"));
    }

    private static JsonNode brief(Request request) {
        try {
            return JSON.readTree(request.userMessages().getFirst());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String domainAnalysis(Request request) {
        JsonNode brief = brief(request);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode types = answer.putArray("entityTypes");
        Set<String> useCases = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (JsonNode entity : brief.path("entities")) {
            String name = entity.path("name").asText();
            names.add(name);
            String type = entity.path("schemaOrgOptions").path(0).asText("Thing");
            types.addObject()
                .put("entity", name)
                .put("schemaOrgType", type)
                .put("reason", "a " + words(name) + " is what the team records as a " + type + " here");
            useCases.add("Register a new " + words(name));
            useCases.add("Look up " + words(name) + " records by their details");
        }
        for (JsonNode relationship : brief.path("relationships")) {
            String[] parts = relationship.asText().split(" ");
            String from = words(parts[0].substring(0, parts[0].indexOf('.')));
            String to = words(parts[2]);
            if (parts[1].equals("ONE_TO_MANY")) {
                useCases.add("See the " + to + " records of a " + from);
            }
            else {
                useCases.add("Link a " + from + " to a " + to);
                useCases.add("See the " + from + " records of a " + to);
            }
        }
        for (JsonNode useCase : brief.path("useCases")) {
            if (useCase.asText().startsWith("Change the ")) {
                useCases.add(useCase.asText());
            }
        }
        answer.putArray("objectives")
            .add("Keep one reliable record of every " + String.join(", ", names.stream().map(n -> words(n)).toList()))
            .add("Answer everyday questions about the " + words(names.getFirst()) + " records without spreadsheets");
        ArrayNode items = answer.putArray("useCases");
        useCases.stream().limit(30).forEach(items::add);
        return answer.toString();
    }

    private static String adrRationales(Request request) {
        JsonNode brief = brief(request);
        int entities = brief.path("entities").size();
        int relationships = brief.path("relationships").size();
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode adrs = answer.putArray("adrs");
        for (Iterator<String> ids = brief.path("adrs").fieldNames(); ids.hasNext();) {
            String id = ids.next();
            adrs.addObject()
                .put("adr", id)
                .put("context",
                        brief.path("application").asText() + " keeps " + entities + " kinds of records " + "linked by "
                                + relationships + " relationships; the team relies on them every day and "
                                + "a lost or inconsistent record means work done twice.")
                .putArray("consequences")
                .add("Each of the " + entities + " record kinds is reviewed with the domain experts before it "
                        + "changes shape");
        }
        return answer.toString();
    }

    private static String stories(Request request) {
        JsonNode brief = brief(request);
        String application = brief.path("application").asText();
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode stories = answer.putArray("stories");
        int count = 0;
        for (JsonNode useCase : brief.path("useCases")) {
            if (count++ == 12) {
                break;
            }
            String text = useCase.asText();
            stories.addObject()
                .put("title", text)
                .put("role", "a member of the " + application + " team")
                .put("goal", text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1))
                .put("benefit", "the records of " + application + " stay complete and current")
                .putArray("acceptanceCriteria")
                .add("Given valid details, when I " + text.toLowerCase(Locale.ROOT)
                        + ", then the change is stored and shown")
                .add("Given details that break a rule of the domain, when I try it, then I am told which field "
                        + "to correct");
        }
        return answer.toString();
    }

    /**
     * One issue about {@code preferred} when it was shown, else about the first file
     * shown.
     */
    private static String review(Request request, String preferred, String ruleId, String message, String action) {
        JsonNode material = brief(request);
        JsonNode files = material.path("files");
        String file = preferred != null && files.has(preferred) ? preferred : files.fieldNames().next();
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("issues")
            .addObject()
            .put("ruleId", ruleId)
            .put("file", file)
            .put("line", 0)
            .put("message", message)
            .put("suggestedAction", action);
        return answer.toString();
    }

    /** {@code LeaveRequest} as "leave request". */
    private static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

}
