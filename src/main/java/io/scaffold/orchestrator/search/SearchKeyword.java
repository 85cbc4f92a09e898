package io.scaffold.orchestrator.search;

/**
 * The exact-match attributes of a document, beside its analysed title and body: stored
 * and filterable, not analysed.
 */
public enum SearchKeyword {

    RUN_STATUS, APPLICATION, ARTIFACT_TYPE, RULE_ID, SEVERITY, CRITERION, GATE, DECISION_KIND, DECISION_SOURCE,
    DECIDED_BY

}
