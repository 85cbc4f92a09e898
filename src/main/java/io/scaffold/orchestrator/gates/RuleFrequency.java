package io.scaffold.orchestrator.gates;

/**
 * How often a gate's rule found something across runs.
 *
 * @param ruleId the rule, as in {@link Finding#ruleId()}
 * @param findings its findings over every evaluation (each attempt counts)
 * @param runs the runs with at least one of them
 */
public record RuleFrequency(String ruleId, long findings, long runs) {
}
