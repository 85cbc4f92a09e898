-- The PostgreSQL search index (search/PostgresSearchIndex), used when no Elasticsearch is configured. A document is
-- rebuilt from the other tables at any time (reindex), so nothing here is the only copy of anything. No foreign key
-- to runs: documents are written after the run's transaction commits, and removed with SearchIndex.deleteRun.
create table search_documents (
    id           varchar(1200) primary key,
    type         varchar(20)   not null check (type in ('RUN', 'ARTIFACT', 'FINDING', 'DECISION')),
    run_id       uuid          not null,
    organization varchar(100)  not null,
    title        text          not null,
    body         text          not null,
    phase        varchar(50),
    entities     text[]        not null,
    keywords     jsonb         not null,
    at           timestamptz,
    -- title (weight A) and body (weight B) with identifiers split into their parts beside the original tokens
    document     tsvector      not null
);
create index search_documents_document_idx on search_documents using gin (document);
create index search_documents_organization_idx on search_documents (organization, type);
create index search_documents_run_idx on search_documents (run_id);
