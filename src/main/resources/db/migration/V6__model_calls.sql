-- Every call to a language model (llm/ModelCallLog): what was asked, what came back, what it cost and how it
-- ended. Prompts, responses and errors are stored redacted (no API keys, bearer tokens or key-like strings).
-- No foreign key to runs: a call at intake is made before its run exists (run_id then null or not yet inserted).
create table model_calls (
    id               uuid         primary key,
    -- the calls made for one question of an agent share it (attempts, retries, the repair round, the chain)
    question_id      uuid         not null,
    run_id           uuid,
    agent            varchar(50)  not null,
    provider         varchar(50)  not null,
    model            varchar(200) not null,
    template_id      varchar(200) not null,
    template_version int          not null,
    attempt          int          not null,
    prompt           text         not null,
    response         text,
    input_tokens     int,
    output_tokens    int,
    latency_ms       bigint       not null,
    cost_usd         numeric(14, 6),
    outcome          varchar(20)  not null check (outcome in ('OK', 'REPAIRED', 'INVALID', 'ERROR', 'TIMEOUT',
                                                              'CIRCUIT_OPEN')),
    error            text,
    called_at        timestamptz  not null
);
create index model_calls_run_idx on model_calls (run_id, called_at);
create index model_calls_question_idx on model_calls (question_id);

-- Which agent produced each artifact of a run, and how (llm/ProvenanceLog): a model, deterministic code, or
-- deterministic code after the model chain failed. One row per artifact; recording it again replaces it.
create table artifact_provenance (
    run_id        uuid          not null,
    artifact_path varchar(1000) not null,
    agent         varchar(50)   not null,
    source        varchar(20)   not null check (source in ('MODEL', 'DETERMINISTIC', 'FALLBACK')),
    provider      varchar(50),
    model         varchar(200),
    call_id       uuid,
    reason        text,
    recorded_at   timestamptz   not null,
    primary key (run_id, artifact_path)
);
