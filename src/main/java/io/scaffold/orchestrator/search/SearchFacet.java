package io.scaffold.orchestrator.search;

/** The dimensions a result is counted by. */
public enum SearchFacet {

    TYPE, PHASE, ENTITY

}
