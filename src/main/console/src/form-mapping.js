// The data a form-js form submits, mapped to the REST bodies the server takes. The forms
// are the ones Tasklist shows (forms/*.form); their keys are the process variables the
// user task completes with, and the REST API takes the same answer in its own shape.

const blankToNull = (value) => (typeof value === 'string' && value.trim() === '' ? null : value ?? null);

/**
 * gate-approval.form data → POST …/approvals/{userTaskKey} body.
 * { decision, comment, decisionChanges: [{decisionId, value}], waiver: {reason, expiresAt} | null }
 * The form hides (and so does not submit) the waiver fields unless a below-threshold gate is
 * approved, the changes unless changes are requested, the comment when approving.
 */
export function approvalBody(data) {
  const decision = data.decision;
  const changes = (data.decisionChanges ?? [])
    .filter((c) => c && blankToNull(c.decisionId) !== null)
    .map((c) => ({ decisionId: c.decisionId, value: c.value ?? '' }));
  const reason = blankToNull(data.waiverReason);
  return {
    decision,
    comment: decision === 'approve' ? null : blankToNull(data.comment),
    decisionChanges: decision === 'request-changes' ? changes : [],
    waiver: decision === 'approve' && reason !== null
      ? { reason, expiresAt: blankToNull(data.waiverExpiresAt) }
      : null,
  };
}

/** clarify-requirements.form data → POST …/questions/{userTaskKey} body { answers: [{decisionId, value}] }. */
export function answersBody(data) {
  return {
    answers: (data.clarifyAnswers ?? [])
      .filter((a) => a && blankToNull(a.decisionId) !== null && blankToNull(a.value) !== null)
      .map((a) => ({ decisionId: a.decisionId, value: a.value })),
  };
}
