package io.scaffold.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.Severity;
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

    private static Finding about(String file, Integer line, String message) {
        return new Finding("DELIVERY-TEST", "delivery-complete", Severity.MAJOR, file, line, message, "fix it", null);
    }

    @Test
    void findingsAboutTheProductDocumentsGoToTheProductOwnerOnly() {
        List<Finding> findings = List.of(about("docs/prd.md", null, "has only 3 non-blank lines"));

        assertThat(ReworkRouting.findingsFor(PRODUCT_OWNER, DELIVERY, findings)).contains(findings);
        assertThat(ReworkRouting.findingsFor(DEVOPS, DELIVERY, findings)).isEmpty();
    }

    @Test
    void eachAgentTakesTheFindingsOnItsFilesAndThoseOnNoFile() {
        Finding dockerfile = about("Dockerfile", 12, "literal value for DB_PASSWORD");
        Finding k8s = about("k8s/", null, "no Service manifest");
        Finding tickets = about("docs/tickets.md", null, "missing");
        Finding unbound = about(null, null, "the tickets need acceptance criteria");
        List<Finding> findings = List.of(dockerfile, k8s, tickets, unbound);

        assertThat(ReworkRouting.findingsFor(DEVOPS, DELIVERY, findings)).contains(List.of(dockerfile, k8s, unbound));
        assertThat(ReworkRouting.findingsFor(PRODUCT_OWNER, DELIVERY, findings)).contains(List.of(tickets, unbound));
    }

    @Test
    void findingsOnNoAgentsFileSendEveryAgentBack() {
        List<Finding> findings = List.of(about(null, null, "gate verification ended REWORK"),
                about("docs/scaffold/report.json", null, "another phase's file"));

        assertThat(ReworkRouting.findingsFor(DEVOPS, DELIVERY, findings)).contains(findings);
        assertThat(ReworkRouting.findingsFor(PRODUCT_OWNER, DELIVERY, findings)).contains(findings);
    }

}
