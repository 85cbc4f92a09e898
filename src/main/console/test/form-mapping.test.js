import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answersBody, approvalBody } from '../src/form-mapping.js';

test('approving a gate above its threshold sends no waiver, comment or changes', () => {
  assert.deepEqual(approvalBody({ decision: 'approve' }),
    { decision: 'approve', comment: null, decisionChanges: [], waiver: null });
});

test('approving below the threshold sends the waiver reason and expiry', () => {
  assert.deepEqual(approvalBody({ decision: 'approve', waiverReason: 'Demo only', waiverExpiresAt: '2027-01-31' }),
    { decision: 'approve', comment: null, decisionChanges: [],
      waiver: { reason: 'Demo only', expiresAt: '2027-01-31' } });
});

test('requesting changes sends the decision changes and the comment, dropping empty rows', () => {
  const body = approvalBody({
    decision: 'request-changes',
    comment: 'Title is required',
    decisionChanges: [{ decisionId: 'field-required:Book.title', value: 'true' }, { decisionId: '', value: '' }],
    waiverReason: 'left over from an earlier choice',
  });
  assert.deepEqual(body, { decision: 'request-changes', comment: 'Title is required',
    decisionChanges: [{ decisionId: 'field-required:Book.title', value: 'true' }], waiver: null });
});

test('rejecting sends the comment only; a blank comment is sent as null for the server to refuse', () => {
  assert.deepEqual(approvalBody({ decision: 'reject', comment: 'Wrong spec', decisionChanges: [{ decisionId: 'x', value: 'y' }] }),
    { decision: 'reject', comment: 'Wrong spec', decisionChanges: [], waiver: null });
  assert.equal(approvalBody({ decision: 'reject', comment: '  ' }).comment, null);
});

test('clarifying answers keep decision and value of each answered question', () => {
  const body = answersBody({ clarifyAnswers: [
    { decisionId: 'persistence:application', value: 'postgresql', question: 'Which database?' },
    { decisionId: 'auth:application', value: '' },
  ] });
  assert.deepEqual(body, { answers: [{ decisionId: 'persistence:application', value: 'postgresql' }] });
  assert.deepEqual(answersBody({}), { answers: [] });
});
