-- A gate approved below its threshold: who let it through, why, and until when.
create table waivers (
    run_id     uuid         not null,
    gate_id    varchar(50)  not null,
    attempt    int          not null,
    reason     text         not null,
    expires_at date         not null,
    granted_by varchar(200) not null,
    granted_at timestamptz  not null,
    primary key (run_id, gate_id, attempt),
    foreign key (run_id, gate_id, attempt) references gate_evaluations (run_id, gate_id, attempt) on delete cascade
);

-- A waiver is an event of the run's log (the list is V2's plus GateWaived).
alter table events drop constraint events_type_check;
alter table events add constraint events_type_check check (type in ('ProcessInitiated', 'PhaseStarted',
    'PhaseCompleted', 'QualityGatePassed', 'QualityGateFailed', 'ArtifactGenerated', 'ProcessCompleted',
    'ProcessFailed', 'ProcessCancelled', 'ApprovalRequested', 'ApprovalReminderSent', 'ApprovalEscalated',
    'ApprovalDecided', 'GateWaived', 'IncidentRaised', 'IncidentResolved', 'DecisionChanged'));
