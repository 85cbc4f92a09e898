package io.scaffold.orchestrator.agents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Routes a gate's findings among the agents of one phase by the files each agent writes,
 * so that rework of a phase with several agents (delivery: the DevOps engineer and the
 * product owner) re-runs the agents the findings are about. A finding names its file
 * after its criterion ({@code delivery-complete: docs/prd.md: has only 3 non-blank
 * lines}, {@code no-secrets: compose.yaml:12: ...},
 * {@code delivery-complete: k8s/: no Service manifest}).
 */
final class ReworkRouting {

    private ReworkRouting() {
    }

    /**
     * The findings an agent reworks: those about its files plus those about no agent's
     * file (an approver's comment, an earlier gate). Empty when every file-bound finding
     * is another agent's: that agent reworks, this one has nothing to do. When no finding
     * is bound to a file, every agent reworks with all of them.
     * @param filesByAgent the paths each agent of the phase writes, by agent job type
     */
    static Optional<List<String>> findingsFor(String agent, Map<String, Set<String>> filesByAgent,
            List<String> findings) {
        List<String> unbound = findings.stream().filter(f -> owners(f, filesByAgent).isEmpty()).toList();
        List<String> mine = findings.stream().filter(f -> owners(f, filesByAgent).contains(agent)).toList();
        if (mine.isEmpty() && unbound.size() < findings.size()) {
            return Optional.empty();
        }
        return Optional.of(findings.stream().filter(f -> mine.contains(f) || unbound.contains(f)).toList());
    }

    private static Set<String> owners(String finding, Map<String, Set<String>> filesByAgent) {
        String subject = subject(finding);
        Set<String> owners = new TreeSet<>();
        filesByAgent.forEach((agent, files) -> {
            if (files.stream().anyMatch(f -> f.equals(subject) || subject.endsWith("/") && f.startsWith(subject))) {
                owners.add(agent);
            }
        });
        return owners;
    }

    /**
     * What a finding is about: the text between {@code criterion: } and the next colon.
     */
    private static String subject(String finding) {
        int start = finding.indexOf(": ");
        String rest = start < 0 ? finding : finding.substring(start + 2);
        int end = rest.indexOf(':');
        return (end < 0 ? rest : rest.substring(0, end)).strip();
    }

}
