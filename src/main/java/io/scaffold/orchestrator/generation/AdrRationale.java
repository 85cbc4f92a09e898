package io.scaffold.orchestrator.generation;

import java.util.List;
import java.util.Objects;

/**
 * Why an architecture decision fits this domain, as the architect wrote it: a paragraph
 * added to the ADR's context and consequences added to its own. The decision itself stays
 * the template's. Untrusted prose: templates encode it.
 */
public record AdrRationale(String context, List<String> consequences) {

    public AdrRationale {
        Objects.requireNonNull(context, "context");
        consequences = List.copyOf(consequences);
    }

}
