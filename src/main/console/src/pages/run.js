// The run page: status and actions, the live diagram (with drill-down into a gate), open
// tasks, phase timeline, scorecards, decisions, artifacts and the event log. It follows the
// run over its event stream: each event reloads only the sections it makes stale.
import { runActions } from '../actions.js';
import { authHeaders, getJson, request, runPath } from '../api.js';
import { gateElements } from '../diagram-state.js';
import { errorBox, formatTime, h, replace } from '../dom.js';
import { FINAL_EVENTS, Section, runEventOf, staleSections } from '../live.js';
import { readEventStream } from '../sse.js';
import { ArtifactBrowser } from '../views/artifacts.js';
import { ProcessDiagram } from '../views/diagram.js';
import { EventLog, renderDecisions, renderScorecards, renderTimeline } from '../views/sections.js';
import { OpenTasks } from '../views/tasks.js';

/**
 * After the first load and after each burst of events the page looks again at the diagram
 * and the open tasks a few times: the engine moves on (and creates user tasks) after the
 * event it recorded last, without a new event. Bounded, not a polling loop: the last look
 * is this long after the last event.
 */
const SETTLE_DELAYS_MS = [250, 1000, 3000, 10000, 30000];

function header(run, incidents, config, onAction) {
  const status = h('span', { testid: 'run-status', class: `status status-${run.status.toLowerCase()}`,
    data: { status: run.status } }, run.status);
  const operate = config.operateUrl && run.processInstanceKey
    ? h('a', { testid: 'operate-link', target: '_blank', rel: 'noopener',
      href: `${config.operateUrl.replace(/\/$/, '')}/processes/${run.processInstanceKey}` }, 'Open in Operate')
    : null;
  const action = (testid, label, path) => h('button', { type: 'button', testid, onclick: () => onAction(path) }, label);
  return h('section', { class: 'run-header' },
    h('h1', null, `Run ${run.id}`, ' ', status),
    h('p', { class: 'run-meta' }, `${run.spec} (${run.specFormat}) · application ${run.application ?? '—'} · `,
      `automation ${run.automationLevel} · started by ${run.createdBy ?? '—'} at ${formatTime(run.createdAt)}`,
      run.completedAt ? ` · finished ${formatTime(run.completedAt)}` : ''),
    run.failureReason ? h('p', { class: 'error' }, run.failureReason) : null,
    incidents.length === 0 ? null : h('ul', { testid: 'incidents', class: 'incidents' }, incidents.map((i) =>
      h('li', { class: 'error', data: { elementId: i.elementId } }, `Incident at ${i.elementId}: ${i.errorMessage}`))),
    h('div', { class: 'actions' },
      h('a', { testid: 'download', href: runPath(run.id, '/download'), download: `${run.id}.zip`,
        onclick: (e) => downloadWithToken(e, run.id) }, 'Download zip'),
      runActions(run, incidents, config.permissions).map((a) => action(a.testid, a.label, a.path)),
      operate));
}

/** With a bearer token a plain link cannot authenticate: fetch the zip and save it. */
async function downloadWithToken(event, runId) {
  const headers = authHeaders();
  if (!headers.Authorization) return;
  event.preventDefault();
  const response = await request(runPath(runId, '/download'), { accept: 'application/zip' });
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: `${runId}.zip` });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * Renders the run page into root and follows the run. Resolves to { runId, showGate(id),
 * leave() }: showGate switches the gate drill-down (null closes it) without reloading the page.
 */
export async function runPage(root, runId, initialGate, config) {
  let gateElementId = initialGate;
  const abort = new AbortController();
  const el = (testid, cls) => h('section', { testid, class: cls ?? testid });
  const headerBox = h('div');
  const actionStatus = h('div', { class: 'action-status' });
  const diagramBox = h('div', { testid: 'diagram', class: 'diagram' });
  const gateBox = h('div', { class: 'gate-drilldown' });
  const gateLinks = h('nav', { class: 'gate-links' });
  const tasksBox = el('tasks', 'open-tasks');
  const timelineBox = el('phase-timeline', 'timeline-box');
  const scorecardsBox = el('scorecards');
  const decisionsBox = h('section', { class: 'decisions-box' });
  const artifactsBox = h('section', { class: 'artifacts-box' });
  const eventsBox = el('event-log');
  replace(root, headerBox, actionStatus, h('section', { class: 'diagrams' }, diagramBox, gateLinks, gateBox), tasksBox,
    timelineBox, scorecardsBox, decisionsBox, artifactsBox, eventsBox);

  const diagram = new ProcessDiagram(diagramBox, (elementId, type) => {
    if (type === 'bpmn:CallActivity') location.hash = `#/runs/${runId}/gates/${elementId}`;
  });
  let gateDiagram = null;
  let lastDiagram = null;

  /** The quality-gate diagram of the selected gate call activity, with its latest attempt's states. */
  const drillDown = async (state) => {
    gateLinks.querySelectorAll('a').forEach((a) => a.classList.toggle('selected', a.dataset.gateId === gateElementId));
    if (!gateElementId) {
      gateDiagram?.destroy();
      gateDiagram = null;
      replace(gateBox);
      return;
    }
    if (!gateDiagram || gateDiagram.gateElementId !== gateElementId) {
      gateDiagram?.destroy();
      const box = h('div', { testid: 'gate-diagram', class: 'diagram gate-diagram', data: { gateId: gateElementId } });
      replace(gateBox, h('h2', null, `Quality gate ${gateElementId} `, h('a', { href: `#/runs/${runId}` }, '(close)')), box);
      gateDiagram = new ProcessDiagram(box);
      gateDiagram.gateElementId = gateElementId;
    }
    await gateDiagram.show(state.gates?.[gateElementId]?.processId ?? 'quality-gate');
    gateDiagram.apply(gateElements(state, gateElementId));
  };
  const tasks = new OpenTasks(tasksBox, runId, config);
  const artifacts = new ArtifactBrowser(artifactsBox, runId);
  const log = new EventLog(eventsBox);
  let run = null;

  const onAction = async (path) => {
    replace(actionStatus);
    try {
      await request(runPath(runId, path), { method: 'POST' });
      await refresh(new Set([Section.RUN, Section.DIAGRAM]));
    }
    catch (error) {
      replace(actionStatus, errorBox(error));
    }
  };

  const loaders = {
    [Section.RUN]: async () => {
      const [loaded, incidents] = await Promise.all([getJson(runPath(runId)),
        getJson(runPath(runId, '/incidents')).catch(() => [])]);
      run = loaded;
      replace(headerBox, header(run, incidents, config, onAction));
    },
    [Section.DIAGRAM]: async () => {
      const state = await getJson(runPath(runId, '/diagram'));
      lastDiagram = state;
      await diagram.show(state.processId ?? 'scaffold');
      diagram.apply(state.elements);
      replace(gateLinks, Object.keys(state.gates ?? {}).map((id) => h('a', { testid: 'gate-link', data: { gateId: id },
        class: id === gateElementId ? 'selected' : null, href: `#/runs/${runId}/gates/${id}` }, id)));
      await drillDown(state);
    },
    [Section.PHASES]: async () => renderTimeline(timelineBox, await getJson(runPath(runId, '/phases'))),
    [Section.TASKS]: () => tasks.refresh(),
    [Section.GATES]: async () => renderScorecards(scorecardsBox, await getJson(runPath(runId, '/gates'))),
    [Section.DECISIONS]: async () => renderDecisions(decisionsBox, await getJson(runPath(runId, '/decisions'))),
    [Section.ARTIFACTS]: () => artifacts.refresh(),
  };

  // One load per section at a time: a section asked for again while it loads loads once
  // more afterwards, so an older answer never overwrites a newer one.
  const loading = new Map();
  const again = new Set();
  const load = (section) => {
    if (loading.has(section)) {
      again.add(section);
      return loading.get(section);
    }
    const done = loaders[section]()
      .catch((error) => {
        if (!abort.signal.aborted) console.warn(`reloading ${section} of run ${runId} failed`, error);
      })
      .finally(() => {
        loading.delete(section);
        if (again.delete(section) && !abort.signal.aborted) load(section);
      });
    loading.set(section, done);
    return done;
  };
  const refresh = (sections) => Promise.all([...sections].map(load));

  // First paint: every section and the BPMN model load at once; a run that cannot be read
  // (unknown, or of another organisation) replaces the page with the server's answer.
  const model = diagram.show('scaffold').catch(() => {});
  const events = getJson(runPath(runId, '/events'));
  const others = refresh(new Set(Object.values(Section).filter((s) => s !== Section.RUN)));
  try {
    await loaders[Section.RUN]();
  }
  catch (error) {
    abort.abort();
    replace(root, errorBox(error), h('p', null, h('a', { href: '#/' }, 'Back to the runs')));
    return { runId, showGate: () => {}, leave: () => {} };
  }
  await Promise.all([model, others]);
  const history = await events.catch(() => []);
  log.append(history);

  let settleTimers = [];
  const settle = () => {
    settleTimers.forEach(clearTimeout);
    settleTimers = SETTLE_DELAYS_MS.map((ms) => setTimeout(() => refresh(new Set([Section.DIAGRAM, Section.TASKS])), ms));
  };
  let pending = null;
  const stale = new Set();
  const onEvent = (event) => {
    log.append([event]);
    staleSections(event.type).forEach((s) => stale.add(s));
    if (pending) return;
    pending = Promise.resolve().then(async () => {
      const sections = new Set(stale);
      stale.clear();
      pending = null;
      await refresh(sections);
      settle();
    });
  };

  if (!['COMPLETED', 'FAILED', 'CANCELLED'].includes(run.status)) {
    settle();
    readEventStream(runPath(runId, '/stream'), {
      headers: () => authHeaders(),
      lastEventId: log.lastSeq ? String(log.lastSeq) : null,
      signal: abort.signal,
      onMessage: (message) => {
        const event = runEventOf(message);
        if (event) onEvent(event);
      },
      isLast: (message) => FINAL_EVENTS.has(runEventOf(message)?.type),
      onError: (error) => console.warn(`run ${runId} stream:`, error.message),
    });
  }

  return {
    runId,
    showGate: (id) => {
      gateElementId = id;
      if (lastDiagram) drillDown(lastDiagram).catch((error) => replace(gateBox, errorBox(error)));
    },
    leave: () => {
      abort.abort();
      settleTimers.forEach(clearTimeout);
      diagram.destroy();
      gateDiagram?.destroy();
      tasks.destroy();
    },
  };
}
