// Which parts of the run page a run event changes, so one event refreshes only those.
// Pure, unit-tested with node --test.

export const FINAL_EVENTS = Object.freeze(new Set(['ProcessCompleted', 'ProcessFailed', 'ProcessCancelled']));

/** Sections of the run page: each one knows how to reload itself. */
export const Section = Object.freeze({
  RUN: 'run',
  DIAGRAM: 'diagram',
  PHASES: 'phases',
  TASKS: 'tasks',
  GATES: 'gates',
  DECISIONS: 'decisions',
  ARTIFACTS: 'artifacts',
});

const SECTIONS_OF_EVENT = {
  ProcessInitiated: [Section.RUN],
  PhaseStarted: [Section.PHASES],
  PhaseCompleted: [Section.PHASES],
  QualityGatePassed: [Section.GATES],
  QualityGateFailed: [Section.GATES],
  ArtifactGenerated: [Section.ARTIFACTS],
  ApprovalRequested: [Section.GATES],
  ApprovalReminderSent: [],
  ApprovalEscalated: [],
  ApprovalDecided: [Section.GATES],
  GateWaived: [Section.GATES],
  IncidentRaised: [Section.RUN],
  IncidentResolved: [Section.RUN],
  ProcessCompleted: [Section.RUN, Section.PHASES, Section.ARTIFACTS],
  ProcessFailed: [Section.RUN, Section.PHASES],
  ProcessCancelled: [Section.RUN, Section.PHASES],
  ProcessInterrupted: [Section.RUN, Section.PHASES],
  ProcessResumed: [Section.RUN, Section.PHASES],
  DecisionChanged: [Section.DECISIONS],
  RequirementsClarified: [Section.DECISIONS],
};

/**
 * The sections an event of this type makes stale. The diagram follows every event (each one
 * means the engine moved); the open tasks too, because a user task is created right after the
 * event before it and announces itself with no event of its own. An unknown type reloads all.
 */
export function staleSections(eventType) {
  const sections = SECTIONS_OF_EVENT[eventType] ?? Object.values(Section);
  return new Set([Section.DIAGRAM, Section.TASKS, ...sections]);
}

/** The event of an SSE message of the run stream (data = one item of GET …/events), or null. */
export function runEventOf(message) {
  if (message.event !== 'run-event') return null;
  try {
    return JSON.parse(message.data);
  }
  catch {
    return null;
  }
}
