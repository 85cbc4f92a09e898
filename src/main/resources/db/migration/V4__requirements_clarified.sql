-- The answers to a run's clarifying questions, and the recommended answers taken, are an event of its log
-- (runs/RunEventData.RequirementsClarified). A later migration that re-creates this constraint keeps the type.
alter table events drop constraint events_type_check;
alter table events add constraint events_type_check check (type in ('ProcessInitiated', 'PhaseStarted',
    'PhaseCompleted', 'QualityGatePassed', 'QualityGateFailed', 'ArtifactGenerated', 'ProcessCompleted', 'ProcessFailed',
    'ProcessCancelled', 'ApprovalRequested', 'ApprovalReminderSent', 'ApprovalEscalated', 'ApprovalDecided',
    'GateWaived', 'IncidentRaised', 'IncidentResolved', 'DecisionChanged', 'RequirementsClarified'));
