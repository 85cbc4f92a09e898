-- A run in flight when the embedded server stopped is INTERRUPTED at the next start (process/InterruptedRuns) and can
-- be resumed by a new process instance (process/ScaffoldRuns.resume). The embedded engine lives in memory: each
-- start numbers its keys from the beginning again, so engine keys are unique only within one process instance of
-- a run. `resumptions` counts the instances after the first; the event log and the job table keep apart what each
-- instance wrote (runs/RunEventLog, runs/JobExecutionRepository).
alter table runs drop constraint runs_status_check;
alter table runs add constraint runs_status_check
    check (status in ('STARTING', 'RUNNING', 'INTERRUPTED', 'COMPLETED', 'FAILED', 'CANCELLED'));
alter table runs drop constraint runs_process_instance_key_key;
create index runs_process_instance_key_idx on runs (process_instance_key);
alter table runs add column resumptions int not null default 0;

alter table agent_tasks add column resumption int not null default 0;
alter table agent_tasks drop constraint agent_tasks_pkey;
alter table agent_tasks add primary key (run_id, resumption, job_key);

-- A later migration that re-creates this constraint keeps every type.
alter table events drop constraint events_type_check;
alter table events add constraint events_type_check check (type in ('ProcessInitiated', 'PhaseStarted',
    'PhaseCompleted', 'QualityGatePassed', 'QualityGateFailed', 'ArtifactGenerated', 'ProcessCompleted', 'ProcessFailed',
    'ProcessCancelled', 'ApprovalRequested', 'ApprovalReminderSent', 'ApprovalEscalated', 'ApprovalDecided',
    'GateWaived', 'IncidentRaised', 'IncidentResolved', 'DecisionChanged', 'RequirementsClarified', 'ProcessInterrupted',
    'ProcessResumed'));
