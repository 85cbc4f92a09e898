// The actions the run page offers: only those the run's status allows and the user's
// permissions (GET /api/v1/console/me) let the server accept. Pure, unit-tested with node --test.

/** Permission every run action needs on the server (RunController: process:update). */
export const UPDATE = 'process:update';

/**
 * The buttons of a run's header, as { testid, label, path } (POST to the run's path):
 * cancel while it runs, retry while it runs, resume when it was INTERRUPTED.
 */
export function runActions(run, incidents, permissions) {
  if (!permissions.includes(UPDATE)) return [];
  const actions = [];
  if (['STARTING', 'RUNNING'].includes(run.status)) actions.push({ testid: 'cancel', label: 'Cancel', path: '/cancel' });
  if (run.status === 'RUNNING') {
    actions.push({ testid: 'retry', label: incidents.length ? 'Retry' : 'Retry failed jobs', path: '/retry' });
  }
  if (run.status === 'INTERRUPTED') actions.push({ testid: 'resume', label: 'Resume', path: '/resume' });
  return actions;
}
