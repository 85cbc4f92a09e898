// Open user tasks of a run answered in the browser with the very forms Tasklist shows
// (form-js renders forms/gate-approval.form and forms/clarify-requirements.form with the
// variables Tasklist would give them); the submitted data goes to the REST API.
import { Form } from '@bpmn-io/form-js-viewer';
import { getJson, request, runPath } from '../api.js';
import { h, errorBox, replace } from '../dom.js';
import { answersBody, approvalBody } from '../form-mapping.js';

const schemas = new Map();

function schema(formId) {
  if (!schemas.has(formId)) {
    const loaded = getJson(`/api/v1/forms/${encodeURIComponent(formId)}`);
    loaded.catch(() => schemas.delete(formId));
    schemas.set(formId, loaded);
  }
  return schemas.get(formId);
}

/** The cluster's Tasklist link of a task, when a Tasklist URL is configured. */
function tasklistLink(config, userTaskKey) {
  if (!config.tasklistUrl) return null;
  return h('a', { testid: 'tasklist-link', href: `${config.tasklistUrl.replace(/\/$/, '')}/${userTaskKey}`,
    target: '_blank', rel: 'noopener' }, 'Open in Tasklist');
}

/**
 * One open task: its form, a submit button and the server's answer when it refuses.
 * kind: { testid, submitTestid, title(task), path, body(data) }
 */
function taskCard(runId, task, kind, config, onAnswered) {
  const formContainer = h('div', { class: 'task-form' });
  const status = h('div', { class: 'task-status' });
  const submit = h('button', { type: 'button', testid: kind.submitTestid, class: 'primary' }, 'Submit');
  const card = h('section', { class: 'task', testid: kind.testid, data: { userTaskKey: task.userTaskKey } },
    h('h3', null, kind.title(task), ' ', tasklistLink(config, task.userTaskKey)),
    formContainer, h('div', { class: 'actions' }, submit), status);
  // No input debounce: a submit right after typing must see what was typed.
  const form = new Form({ container: formContainer, debounce: false });
  schema(task.formId)
    .then((s) => form.importSchema(s, task.formVariables ?? {}))
    .catch((error) => replace(status, errorBox(error)));
  submit.addEventListener('click', async () => {
    const { data, errors } = form.submit();
    if (Object.keys(errors).length > 0) {
      replace(status, errorBox(new Error(`Some fields need an answer (marked in the form): ${Object.keys(errors).join(', ')}`)));
      return;
    }
    submit.disabled = true;
    replace(status);
    try {
      await request(runPath(runId, `${kind.path}/${encodeURIComponent(task.userTaskKey)}`),
        { method: 'POST', json: kind.body(data) });
      replace(status, h('p', { class: 'info' }, 'Answer sent.'));
      onAnswered();
    }
    catch (error) {
      replace(status, errorBox(error));
      submit.disabled = false;
    }
  });
  card.destroy = () => form.destroy();
  return card;
}

const APPROVAL = {
  testid: 'approval',
  submitTestid: 'approval-submit',
  path: '/approvals',
  title: (t) => `Approve gate ${t.gateId} (${t.phaseId}, scoring round ${t.attempt})`,
  body: approvalBody,
};

const QUESTIONS = {
  testid: 'questions',
  submitTestid: 'questions-submit',
  path: '/questions',
  title: () => 'Clarify the requirements',
  body: answersBody,
};

/**
 * The open tasks section. refresh() reloads the open tasks and keeps the card (and what a
 * person typed) of every task still open, removes answered ones and adds new ones.
 */
export class OpenTasks {
  constructor(container, runId, config) {
    this.container = container;
    this.runId = runId;
    this.config = config;
    this.cards = new Map();
  }

  async refresh() {
    const [approvals, questions] = await Promise.all([
      getJson(runPath(this.runId, '/approvals')),
      getJson(runPath(this.runId, '/questions')),
    ]);
    const open = [
      ...questions.map((task) => ({ task, kind: QUESTIONS })),
      ...approvals.map((task) => ({ task, kind: APPROVAL })),
    ];
    const keys = new Set(open.map(({ task }) => String(task.userTaskKey)));
    for (const [key, card] of this.cards) {
      if (!keys.has(key)) {
        card.destroy();
        card.remove();
        this.cards.delete(key);
      }
    }
    for (const { task, kind } of open) {
      const key = String(task.userTaskKey);
      if (!this.cards.has(key)) {
        const card = taskCard(this.runId, task, kind, this.config, () => this.refresh().catch(() => {}));
        this.cards.set(key, card);
        this.container.append(card);
      }
    }
    this.container.hidden = this.cards.size === 0;
    return this.cards.size;
  }

  destroy() {
    this.cards.forEach((card) => card.destroy());
    this.cards.clear();
  }
}
