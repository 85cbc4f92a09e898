package io.scaffold.orchestrator.search;

/** What a search hit is. */
public enum SearchDocumentType {

    /** A run: its spec, application, entities, status and organisation. */
    RUN,
    /** A generated file (latest version): path, type, phase, content. */
    ARTIFACT,
    /** A gate finding: rule id, severity, criterion, message. */
    FINDING,
    /** A decision of a run (current version): question, chosen option, source, who. */
    DECISION

}
