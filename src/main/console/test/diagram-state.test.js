import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decorations, gateElements, reworkLabel } from '../src/diagram-state.js';
import { FINAL_EVENTS, Section, runEventOf, staleSections } from '../src/live.js';

test('each element state maps to its marker class; unknown states get none', () => {
  const result = decorations([
    { elementId: 'phase-intake', state: 'COMPLETED', visits: 1, reworkAttempts: 0 },
    { elementId: 'agent-architecture', state: 'ACTIVE', visits: 2, reworkAttempts: 1 },
    { elementId: 'agent-data-design', state: 'INCIDENT', visits: 1, reworkAttempts: 0 },
    { elementId: 'phase-delivery', state: 'TERMINATED' },
    { elementId: 'odd', state: 'SOMETHING' },
  ]);
  assert.deepEqual(result.map((d) => [d.elementId, d.marker]), [
    ['phase-intake', 'state-completed'], ['agent-architecture', 'state-active'],
    ['agent-data-design', 'state-incident'], ['phase-delivery', 'state-terminated'], ['odd', null]]);
  assert.equal(result[3].reworkAttempts, 0);
});

test('rework badges only for reworked elements', () => {
  assert.equal(reworkLabel(0), null);
  assert.equal(reworkLabel(1), '1 rework');
  assert.equal(reworkLabel(3), '3 reworks');
});

test('a gate drill-down takes the latest attempt of that call activity, none when never entered', () => {
  const diagram = { processId: 'scaffold', elements: [], gates: { 'gate-architecture': { processId: 'quality-gate',
    elements: [{ elementId: 'approve-gate', state: 'ACTIVE', visits: 1, reworkAttempts: 0 }] } } };
  assert.equal(gateElements(diagram, 'gate-architecture')[0].elementId, 'approve-gate');
  assert.deepEqual(gateElements(diagram, 'gate-delivery'), []);
});

test('every event moves the diagram and tasks; artifacts only reload when one was generated', () => {
  assert.ok(staleSections('PhaseStarted').has(Section.PHASES));
  assert.ok(staleSections('PhaseStarted').has(Section.DIAGRAM));
  assert.ok(!staleSections('PhaseStarted').has(Section.ARTIFACTS));
  assert.ok(staleSections('ArtifactGenerated').has(Section.ARTIFACTS));
  assert.ok(staleSections('QualityGateFailed').has(Section.GATES));
  assert.equal(staleSections('SomethingNew').size, Object.values(Section).length);
});

test('run events are read from run-event messages; final events end the stream', () => {
  assert.deepEqual(runEventOf({ event: 'run-event', data: '{"id":4,"type":"ProcessCompleted"}' }),
    { id: 4, type: 'ProcessCompleted' });
  assert.equal(runEventOf({ event: 'message', data: '{}' }), null);
  assert.equal(runEventOf({ event: 'run-event', data: 'not json' }), null);
  assert.ok(FINAL_EVENTS.has('ProcessCompleted') && !FINAL_EVENTS.has('PhaseCompleted'));
});
