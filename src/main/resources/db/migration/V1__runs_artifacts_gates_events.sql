-- One scaffold run: a process instance of `scaffold` and everything it produced.
create table runs (
    id                   uuid primary key,
    organization         varchar(100) not null,
    created_by           varchar(200) not null,
    application_name     varchar(200) not null,
    spec_file            varchar(500) not null,
    spec_format          varchar(10)  not null,
    automation_level     varchar(10)  not null check (automation_level in ('full', 'partial', 'manual')),
    status               varchar(20)  not null check (status in ('STARTING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    process_instance_key bigint unique,
    output_dir           varchar(1000),
    failure_reason       text,
    created_at           timestamptz  not null,
    completed_at         timestamptz
);
create index runs_status_idx on runs (status);
create index runs_organization_created_idx on runs (organization, created_at desc);

create table phases (
    run_id       uuid         not null references runs (id) on delete cascade,
    phase_id     varchar(50)  not null,
    name         varchar(100) not null,
    status       varchar(20)  not null check (status in ('RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    started_at   timestamptz  not null,
    completed_at timestamptz,
    primary key (run_id, phase_id)
);

-- Every version of every file a run produced. A job retried with the same content adds nothing.
create table artifacts (
    run_id     uuid          not null references runs (id) on delete cascade,
    path       varchar(1000) not null,
    version    int           not null,
    type       varchar(30)   not null,
    phase_id   varchar(50)   not null,
    agent      varchar(100)  not null,
    sha256     char(64)      not null,
    size_bytes int           not null,
    content    bytea         not null,
    created_at timestamptz   not null,
    primary key (run_id, path, version)
);
create index artifacts_run_phase_idx on artifacts (run_id, phase_id);

create table gate_evaluations (
    run_id             uuid          not null references runs (id) on delete cascade,
    gate_id            varchar(50)   not null,
    attempt            int           not null,
    phase_id           varchar(50)   not null,
    score              numeric(6, 4) not null,
    threshold          numeric(6, 4) not null,
    verdict            varchar(20)   not null,
    criteria           jsonb         not null,
    decision           varchar(20),
    decided_by         varchar(200)  not null,
    comment            text,
    evaluated_at       timestamptz   not null,
    decided_at         timestamptz,
    primary key (run_id, gate_id, attempt)
);

-- One row per job a worker handled; a retried job updates its row.
create table agent_tasks (
    job_key      bigint primary key,
    run_id       uuid         not null references runs (id) on delete cascade,
    job_type     varchar(100) not null,
    phase_id     varchar(50),
    attempt      int          not null,
    outcome      varchar(20)  not null check (outcome in ('RUNNING', 'SUCCEEDED', 'FAILED', 'BPMN_ERROR')),
    error        text,
    started_at   timestamptz  not null,
    duration_ms  bigint
);
create index agent_tasks_run_idx on agent_tasks (run_id);

-- Append-only history of a run. dedup_key makes a repeated job's event a no-op.
create table events (
    id          bigserial primary key,
    run_id      uuid         not null references runs (id) on delete cascade,
    type        varchar(40)  not null check (type in ('ProcessInitiated', 'PhaseStarted', 'PhaseCompleted',
                    'QualityGatePassed', 'QualityGateFailed', 'ArtifactGenerated', 'ProcessCompleted', 'ProcessFailed',
                    'ProcessCancelled', 'ApprovalRequested', 'ApprovalReminderSent', 'ApprovalEscalated', 'ApprovalDecided',
                    'IncidentRaised', 'IncidentResolved')),
    dedup_key   varchar(300) not null,
    payload     jsonb        not null,
    occurred_at timestamptz  not null,
    unique (run_id, type, dedup_key)
);

create function events_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the event log is append-only';
end;
$$;
create trigger events_no_update before update on events for each row execute function events_append_only();

