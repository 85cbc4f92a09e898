// The read-only sections of the run page: phase timeline, gate scorecards, decisions and
// the event log. Every value from a run (spec names, findings, decisions) lands as text.
import { formatDuration, formatNumber, formatTime, h, replace } from '../dom.js';

export function renderTimeline(container, phases) {
  replace(container, h('h2', null, 'Phases'), h('ol', { class: 'timeline' }, phases.map((p) =>
    h('li', { class: `phase phase-${String(p.status).toLowerCase()}`, testid: 'phase',
      data: { phaseId: p.phaseId, status: p.status } },
    h('span', { class: 'phase-name' }, p.name ?? p.phaseId),
    h('span', { class: 'phase-status' }, p.status),
    h('span', { class: 'phase-duration' }, formatDuration(p.durationMs))))));
}

const location = (f) => (f.file ? (f.line ? `${f.file}:${f.line}` : f.file) : '—');

function findingRows(criterion) {
  return (criterion.findings ?? []).map((f) => h('tr', { testid: 'finding', class: `severity-${String(f.severity).toLowerCase()}`,
    data: { ruleId: f.ruleId, severity: f.severity } },
  h('td', null, f.ruleId), h('td', null, f.severity), h('td', null, criterion.name), h('td', null, location(f)),
  h('td', null, f.message), h('td', null, f.suggestedAction ?? '—'),
  h('td', null, f.proposedChange ? `${f.proposedChange.decisionId} = ${f.proposedChange.value}` : '—')));
}

function scorecard(gate, latest) {
  const findings = gate.criteria.flatMap(findingRows);
  return h('article', { class: `scorecard verdict-${String(gate.verdict).toLowerCase()}${latest ? '' : ' superseded'}`, testid: 'scorecard',
    data: { gateId: gate.gateId, verdict: gate.verdict, outcome: gate.outcome, attempt: gate.attempt } },
  h('h3', null, `${gate.gateId} — ${gate.outcome}`),
  h('p', { class: 'gate-summary' },
    `Phase ${gate.phaseId} · score ${formatNumber(gate.score)} of threshold ${formatNumber(gate.threshold)} · scoring round ${gate.attempt}`,
    latest ? '' : ' (superseded by a later round)', gate.decidedBy ? ` · decided by ${gate.decidedBy}` : ''),
  gate.reason ? h('p', { class: 'gate-reason' }, gate.reason) : null,
  gate.comment ? h('p', { class: 'gate-comment' }, `Comment: ${gate.comment}`) : null,
  h('table', { class: 'criteria' },
    h('thead', null, h('tr', null, ['Criterion', 'Weight', 'Score', 'Findings'].map((t) => h('th', null, t)))),
    h('tbody', null, gate.criteria.map((c) => h('tr', { testid: 'criterion', data: { criterion: c.name } },
      h('td', null, c.name), h('td', null, formatNumber(c.weight)), h('td', null, formatNumber(c.score)),
      h('td', null, (c.findings ?? []).length))))),
  findings.length === 0 ? null : h('table', { class: 'findings' },
    h('thead', null, h('tr', null, ['Rule', 'Severity', 'Criterion', 'Where', 'Finding', 'Suggested action',
      'Proposed decision change'].map((t) => h('th', null, t)))),
    h('tbody', null, findings)));
}

/** One scorecard per scoring round of a gate (GET …/gates), a gate's earlier rounds marked superseded. */
export function renderScorecards(container, gates) {
  const latestRound = new Map();
  gates.forEach((g) => latestRound.set(g.gateId, Math.max(latestRound.get(g.gateId) ?? 0, g.attempt)));
  replace(container, h('h2', null, 'Quality gates'),
    gates.length === 0 ? h('p', { class: 'empty' }, 'No gate scored yet.') : null,
    gates.map((g) => scorecard(g, g.attempt === latestRound.get(g.gateId))));
}

export function renderDecisions(container, decisions) {
  replace(container, h('h2', null, 'Decisions'), h('table', { testid: 'decisions', class: 'decisions' },
    h('thead', null, h('tr', null, ['Decision', 'Question', 'Chosen', 'Options', 'Source', 'Version', 'Changed by',
      'Why'].map((t) => h('th', null, t)))),
    h('tbody', null, decisions.map((d) => h('tr', { testid: 'decision', data: { decisionId: d.id, version: d.version },
      class: d.assumption ? 'assumption' : null },
    h('td', null, d.id), h('td', null, d.question), h('td', { class: 'chosen' }, d.chosen),
    h('td', null, (d.options ?? []).join(', ') || 'any value'),
    h('td', null, d.source, d.locked ? ' (locked)' : '', d.assumption ? ' (assumption)' : ''),
    h('td', null, d.version), h('td', null, d.changedBy ?? '—'), h('td', null, d.reason ?? d.rationale ?? ''))))));
}

function eventSummary(event) {
  try {
    const payload = typeof event.payload === 'string' ? JSON.parse(event.payload) : event.payload;
    return Object.entries(payload ?? {})
      .filter(([, v]) => v !== null && typeof v !== 'object')
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
  }
  catch {
    return String(event.payload ?? '');
  }
}

export function eventItem(event) {
  return h('li', { testid: 'event', class: 'event', data: { seq: event.id, type: event.type } },
    h('time', null, formatTime(event.occurredAt)), h('span', { class: 'event-type' }, event.type),
    h('span', { class: 'event-payload' }, eventSummary(event)));
}

/** The event log; append() adds events as they stream in, skipping any already shown. */
export class EventLog {
  constructor(container) {
    this.list = h('ol', { class: 'events' });
    this.lastSeq = 0;
    replace(container, h('h2', null, 'Event log'), this.list);
  }

  /** Adds events not shown yet, following the end of the log when the reader was there. */
  append(events) {
    const atEnd = this.list.scrollTop + this.list.clientHeight >= this.list.scrollHeight - 4;
    for (const event of events) {
      if (event.id <= this.lastSeq) continue;
      this.lastSeq = event.id;
      this.list.append(eventItem(event));
    }
    if (atEnd) this.list.scrollTop = this.list.scrollHeight;
  }
}
