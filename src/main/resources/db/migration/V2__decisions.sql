-- Every version of every decision of a run (decisions/RunDecisions). Version 1 of each is what derivation chose at
-- intake; a gate's rework or a person adds a version when the value changes. revision numbers the decision set the
-- row belongs to: 1 after derivation, one more per apply that changed something.
create table decisions (
    run_id      uuid        not null references runs (id) on delete cascade,
    decision_id text        not null,
    version     int         not null,
    revision    int         not null,
    kind        varchar(30) not null,
    subject     text        not null,
    question    text        not null,
    options     jsonb       not null,
    chosen      text        not null,
    source      varchar(10) not null check (source in ('SPEC', 'DEFAULT', 'HEURISTIC', 'MODEL', 'PERSON')),
    rationale   text        not null,
    assumption  boolean     not null,
    locked      boolean     not null,
    changed_by  varchar(200) not null,
    changed_at  timestamptz not null,
    reason      text,
    primary key (run_id, decision_id, version)
);

-- A stored decision change is an event of the run's log.
alter table events drop constraint events_type_check;
alter table events add constraint events_type_check check (type in ('ProcessInitiated', 'PhaseStarted',
    'PhaseCompleted', 'QualityGatePassed', 'QualityGateFailed', 'ArtifactGenerated', 'ProcessCompleted', 'ProcessFailed',
    'ProcessCancelled', 'ApprovalRequested', 'ApprovalReminderSent', 'ApprovalEscalated', 'ApprovalDecided',
    'IncidentRaised', 'IncidentResolved', 'DecisionChanged'));
