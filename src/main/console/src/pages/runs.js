// The runs list (status filter, paging) and the form that starts a run from an uploaded spec.
import { getJson, request } from '../api.js';
import { errorBox, formatTime, h, replace } from '../dom.js';

const STATUSES = ['', 'STARTING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'];
const PAGE_SIZE = 20;

function startForm() {
  const status = h('div', { class: 'form-status' });
  const form = h('form', { testid: 'start-form', class: 'start-form' },
    h('h2', null, 'Start a run'),
    h('label', null, 'Spec (JDL, YAML domain spec, Markdown or text) ',
      h('input', { type: 'file', name: 'spec', required: true, accept: '.jdl,.jh,.yaml,.yml,.json,.md,.txt' })),
    h('label', null, 'Automation ', h('select', { name: 'automationLevel' },
      h('option', { value: 'full' }, 'full — gates decide alone'),
      h('option', { value: 'partial' }, 'partial — a person answers questions and below-threshold gates'),
      h('option', { value: 'manual' }, 'manual — a person approves every gate'))),
    h('label', null, 'Application (multi-application JDL) ', h('input', { type: 'text', name: 'application' })),
    h('button', { type: 'submit', testid: 'start-submit', class: 'primary' }, 'Start'),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = new FormData(form);
    if (!body.get('application')) body.delete('application');
    replace(status);
    try {
      const run = await (await request('/api/v1/processes', { method: 'POST', body })).json();
      location.hash = `#/runs/${run.id}`;
    }
    catch (error) {
      replace(status, errorBox(error));
    }
  });
  return form;
}

export async function runsPage(root, params) {
  const status = STATUSES.includes(params.get('status')) ? params.get('status') : '';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const go = (s, p) => {
    location.hash = `#/?${new URLSearchParams({ ...(s ? { status: s } : {}), page: String(p) })}`;
  };
  const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE), ...(status ? { status } : {}) });
  const filter = h('select', { testid: 'status-filter', onchange: (e) => go(e.target.value, 0) },
    STATUSES.map((s) => h('option', { value: s, selected: s === status }, s || 'all statuses')));
  const table = h('tbody');
  const pager = h('div', { class: 'pager' });
  replace(root, h('section', { class: 'runs' }, h('h1', null, 'Runs'), h('label', null, 'Status ', filter),
    h('table', { testid: 'runs-table', class: 'runs-table' },
      h('thead', null, h('tr', null, ['Run', 'Status', 'Application', 'Spec', 'Automation', 'Started by', 'Started',
        'Finished'].map((t) => h('th', null, t)))), table), pager), startForm());
  try {
    const result = await getJson(`/api/v1/processes?${query}`);
    replace(table, result.items.map((run) => h('tr', { testid: 'run-row', data: { runId: run.id, status: run.status } },
      h('td', null, h('a', { href: `#/runs/${run.id}` }, run.id.slice(0, 8))),
      h('td', { class: `status status-${run.status.toLowerCase()}` }, run.status),
      h('td', null, run.application ?? '—'), h('td', null, run.spec), h('td', null, run.automationLevel),
      h('td', null, run.createdBy ?? '—'), h('td', null, formatTime(run.createdAt)),
      h('td', null, formatTime(run.completedAt)))));
    if (result.items.length === 0) table.append(h('tr', null, h('td', { colspan: 8, class: 'empty' }, 'No runs.')));
    const last = Math.max(0, Math.ceil(result.total / result.size) - 1);
    replace(pager,
      h('button', { type: 'button', testid: 'page-prev', disabled: page === 0, onclick: () => go(status, page - 1) }, '‹ Previous'),
      h('span', null, ` page ${page + 1} of ${last + 1} (${result.total} runs) `),
      h('button', { type: 'button', testid: 'page-next', disabled: page >= last, onclick: () => go(status, page + 1) }, 'Next ›'));
  }
  catch (error) {
    replace(pager, errorBox(error));
  }
  return { leave: () => {} };
}
