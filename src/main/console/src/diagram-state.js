// What the diagram shows of a run: GET …/diagram element states turned into bpmn-js
// markers and rework badges. Pure functions, unit-tested with node --test.

/** The marker CSS class of each element state; TERMINATED elements are drawn like completed ones, greyed. */
export const MARKER_OF_STATE = Object.freeze({
  ACTIVE: 'state-active',
  COMPLETED: 'state-completed',
  INCIDENT: 'state-incident',
  TERMINATED: 'state-terminated',
});

export const ALL_MARKERS = Object.freeze(Object.values(MARKER_OF_STATE));

/**
 * The markers and badges of one diagram: [{ elementId, marker, visits, reworkAttempts }].
 * An unknown state gets no marker rather than a wrong one.
 */
export function decorations(elements) {
  return (elements ?? []).map((e) => ({
    elementId: e.elementId,
    marker: MARKER_OF_STATE[e.state] ?? null,
    visits: e.visits ?? 0,
    reworkAttempts: e.reworkAttempts ?? 0,
  }));
}

/** The text of a rework badge, or null when the element was not reworked. */
export function reworkLabel(reworkAttempts) {
  if (!reworkAttempts) return null;
  return reworkAttempts === 1 ? '1 rework' : `${reworkAttempts} reworks`;
}

/**
 * The quality-gate diagram of a gate call activity; gates is the diagram's "gates" map,
 * keyed by the call activity's element id in scaffold.bpmn.
 */
export function gateElements(diagram, gateElementId) {
  return diagram?.gates?.[gateElementId]?.elements ?? [];
}
