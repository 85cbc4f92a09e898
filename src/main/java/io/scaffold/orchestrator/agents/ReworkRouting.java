package io.scaffold.orchestrator.agents;

import io.scaffold.orchestrator.gates.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Routes a gate's findings among the agents of one phase by the file each finding is
 * about ({@link Finding#file()}), so that rework of a phase with several agents
 * (delivery: the DevOps engineer and the product owner) re-runs the agents the findings
 * are about. A finding's file is a project path ({@code docs/prd.md}) or a folder ending
 * in a slash ({@code k8s/}).
 */
final class ReworkRouting {

    private ReworkRouting() {
    }

    /**
     * The findings an agent reworks: those about its files plus those about no agent's
     * file (no file, another gate's output). Empty when every file-bound finding is
     * another agent's: that agent reworks, this one has nothing to do. When no finding is
     * bound to an agent's file, every agent reworks with all of them.
     * @param filesByAgent the paths each agent of the phase writes, by agent job type
     */
    static Optional<List<Finding>> findingsFor(String agent, Map<String, Set<String>> filesByAgent,
            List<Finding> findings) {
        List<Finding> unbound = findings.stream().filter(f -> owners(f, filesByAgent).isEmpty()).toList();
        List<Finding> mine = findings.stream().filter(f -> owners(f, filesByAgent).contains(agent)).toList();
        if (mine.isEmpty() && unbound.size() < findings.size()) {
            return Optional.empty();
        }
        return Optional.of(findings.stream().filter(f -> mine.contains(f) || unbound.contains(f)).toList());
    }

    private static Set<String> owners(Finding finding, Map<String, Set<String>> filesByAgent) {
        String file = finding.file();
        Set<String> owners = new TreeSet<>();
        if (file == null) {
            return owners;
        }
        filesByAgent.forEach((agent, files) -> {
            if (files.stream().anyMatch(f -> f.equals(file) || file.endsWith("/") && f.startsWith(file))) {
                owners.add(agent);
            }
        });
        return owners;
    }

}
