import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runActions } from '../src/actions.js';
import { staleSections, Section } from '../src/live.js';

const ALL = ['process:create', 'process:read', 'process:update'];
const paths = (status, permissions, incidents = []) =>
  runActions({ status }, incidents, permissions).map((a) => a.path);

test('an INTERRUPTED run offers Resume, and nothing else, to a user who may update runs', () => {
  assert.deepEqual(paths('INTERRUPTED', ALL), ['/resume']);
});

test('a user without process:update is offered no action at all (the server would answer 403)', () => {
  assert.deepEqual(paths('INTERRUPTED', ['process:read']), []);
  assert.deepEqual(paths('RUNNING', ['process:read', 'process:create']), []);
});

test('Resume is offered on no other status', () => {
  for (const status of ['STARTING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED']) {
    assert.ok(!paths(status, ALL).includes('/resume'), status);
  }
  assert.deepEqual(paths('RUNNING', ALL), ['/cancel', '/retry']);
  assert.deepEqual(paths('STARTING', ALL), ['/cancel']);
  assert.deepEqual(paths('COMPLETED', ALL), []);
});

test('interruption and resumption reload the run header and the phases', () => {
  for (const type of ['ProcessInterrupted', 'ProcessResumed']) {
    const sections = staleSections(type);
    assert.ok(sections.has(Section.RUN) && sections.has(Section.PHASES), type);
    assert.ok(!sections.has(Section.ARTIFACTS), `${type} does not reload everything`);
  }
});
