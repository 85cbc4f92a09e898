package io.scaffold.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.contract.JobTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReworkRoutingTest {

    private static final String DEVOPS = JobTypes.AGENT_DEVOPS_ENGINEER;

    private static final String PRODUCT_OWNER = JobTypes.AGENT_PRODUCT_OWNER;

    /** What the two delivery agents write (DeliveryGenerator). */
    private static final Map<String, Set<String>> DELIVERY = Map.of(
            DEVOPS, Set.of("Dockerfile", "compose.yaml", "k8s/configmap.yaml", "k8s/deployment.yaml",
                    "k8s/service.yaml", ".github/workflows/ci.yml", "README.md"),
            PRODUCT_OWNER, Set.of("docs/prd.md", "docs/tickets.md"));

    @Test
    void findingsAboutTheProductDocumentsGoToTheProductOwnerOnly() {
        List<String> findings = List.of("delivery-complete: docs/prd.md: has only 3 non-blank lines; write the PRD");

        assertThat(ReworkRouting.findingsFor(PRODUCT_OWNER, DELIVERY, findings)).contains(findings);
        assertThat(ReworkRouting.findingsFor(DEVOPS, DELIVERY, findings)).isEmpty();
    }

    @Test
    void eachAgentTakesTheFindingsOnItsFilesAndThoseOnNoFile() {
        String dockerfile = "no-secrets: Dockerfile:12: literal value for DB_PASSWORD; read it from the environment";
        String k8s = "delivery-complete: k8s/: no Service manifest; add k8s/service.yaml";
        String tickets = "delivery-complete: docs/tickets.md: missing";
        String approver = "approver: the tickets need acceptance criteria";
        List<String> findings = List.of(dockerfile, k8s, tickets, approver);

        assertThat(ReworkRouting.findingsFor(DEVOPS, DELIVERY, findings)).contains(List.of(dockerfile, k8s, approver));
        assertThat(ReworkRouting.findingsFor(PRODUCT_OWNER, DELIVERY, findings)).contains(List.of(tickets, approver));
    }

    @Test
    void findingsOnNoAgentsFileSendEveryAgentBack() {
        List<String> findings = List.of("gates-passed: run 42: gate verification ended REWORK; it must pass",
                "approver: tighten the wording");

        assertThat(ReworkRouting.findingsFor(DEVOPS, DELIVERY, findings)).contains(findings);
        assertThat(ReworkRouting.findingsFor(PRODUCT_OWNER, DELIVERY, findings)).contains(findings);
    }

}
