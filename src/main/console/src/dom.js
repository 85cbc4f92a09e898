// Builds DOM nodes from data without ever parsing markup: text always lands as text nodes,
// so run names, findings and artifact content from untrusted specs cannot inject HTML.

/**
 * h('tr', { testid: 'run-row', data: { runId: id } }, 'text', child)
 * - testid sets data-testid, data sets data-* attributes, on<Event> adds a listener,
 *   class sets the class name, any other key an attribute (true = present, null/false = absent).
 * - children: strings and numbers become text nodes; arrays are flattened; null is skipped.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'testid') el.setAttribute('data-testid', value);
    else if (key === 'data') Object.entries(value).forEach(([k, v]) => v != null && (el.dataset[k] = String(v)));
    else if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'disabled') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces the children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export function formatTime(instant) {
  return instant ? new Date(instant).toLocaleString() : '—';
}

export function formatDuration(ms) {
  if (ms === null || ms === undefined) return '—';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A message box that shows an error's text (the server's problem detail when it sent one). */
export function errorBox(error) {
  return h('p', { class: 'error', testid: 'error', role: 'alert' }, error?.message ?? String(error));
}

/** A score or weight for reading: at most three decimals (0.9825… → 0.983). */
export function formatNumber(value) {
  const n = Number(value);
  return value === null || value === undefined || Number.isNaN(n) ? '—' : String(Number(n.toFixed(3)));
}
