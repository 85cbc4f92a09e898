package io.scaffold.orchestrator.agents;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.generation.AdrRationale;
import io.scaffold.orchestrator.generation.ArchitectureGenerator;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.ModelAgents;
import io.scaffold.orchestrator.llm.ModelAnswer;
import io.scaffold.orchestrator.llm.ModelQuestion;
import io.scaffold.orchestrator.llm.PromptTemplate;
import io.scaffold.orchestrator.llm.Prompts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The architect: why each architecture decision fits this domain and its non-functional
 * needs, as context and consequences added to the ADR the template writes. The decisions
 * themselves stay the templates'. Without a model the ADRs keep their generic reasons.
 */
@Component
class Architect {

    static final PromptTemplate TEMPLATE = Prompts.load("architect.adr-rationale");

    private static final int MAX_CONTEXT = 1500;

    private static final int MAX_CONSEQUENCES = 5;

    private static final int MAX_LINE = 300;

    /** The model's answer. */
    record AdrRationales(List<AdrText> adrs) {

        /**
         * @param adr the ADR's id, e.g. {@code 0002-persistence}
         */
        record AdrText(String adr, String context, List<String> consequences) {
        }

    }

    private final ModelAgents agents;

    Architect(ModelAgents agents) {
        this.agents = agents;
    }

    /**
     * @param adrs the ADRs as the templates write them without a rationale, by id
     */
    ModelAnswer<Map<String, AdrRationale>> write(UUID runId, DomainModel model, List<Decision> decisions,
            Map<String, String> adrs) {
        var question = new ModelQuestion<>(AgentRole.ARCHITECT, runId, TEMPLATE,
                DomainBrief.of(model, decisions).json(Map.of("adrs", adrs)), AdrRationales.class, Architect::problems);
        ModelAnswer<AdrRationales> answer = agents.ask(question, () -> new AdrRationales(List.of()));
        Map<String, AdrRationale> byAdr = new LinkedHashMap<>();
        answer.value().adrs().forEach(a -> byAdr.put(a.adr(), new AdrRationale(a.context().strip(), a.consequences())));
        return new ModelAnswer<>(byAdr, answer.provenance());
    }

    /** The ADRs of {@code files} by id. */
    static Map<String, String> adrs(List<GeneratedFile> files) {
        Map<String, String> adrs = new LinkedHashMap<>();
        for (String adr : ArchitectureGenerator.ADRS) {
            files.stream()
                .filter(f -> f.path().endsWith("/" + adr + ".md"))
                .findFirst()
                .ifPresent(f -> adrs.put(adr, f.content()));
        }
        return adrs;
    }

    static List<String> problems(AdrRationales answer) {
        List<String> problems = new ArrayList<>();
        List<AdrRationales.AdrText> adrs = answer.adrs() == null ? List.of() : answer.adrs();
        if (adrs.isEmpty()) {
            problems.add("adrs is empty; write the context of every ADR " + ArchitectureGenerator.ADRS);
        }
        Set<String> seen = new HashSet<>();
        for (AdrRationales.AdrText adr : adrs) {
            if (!ArchitectureGenerator.ADRS.contains(adr.adr())) {
                problems.add("'" + adr.adr() + "' is not an ADR id; use one of " + ArchitectureGenerator.ADRS);
                continue;
            }
            if (!seen.add(adr.adr())) {
                problems.add("ADR " + adr.adr() + " is listed twice; write each once");
            }
            if (adr.context() == null || adr.context().isBlank()) {
                problems.add("the context of ADR " + adr.adr() + " is empty; write it");
            }
            else if (adr.context().length() > MAX_CONTEXT) {
                problems.add("the context of ADR " + adr.adr() + " is longer than " + MAX_CONTEXT
                        + " characters; shorten it");
            }
            AnswerChecks.lines(problems, "the consequences of ADR " + adr.adr(), adr.consequences(), MAX_CONSEQUENCES,
                    MAX_LINE);
        }
        return problems;
    }

}
