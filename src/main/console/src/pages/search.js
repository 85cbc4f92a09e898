// Search across the runs of the caller's organisation: the box in the header, and the page of hits
// (#/search?q=...&type=...&page=...). Highlights come HTML-escaped with the matches in <mark>, by the
// search contract; they are still not parsed as markup here: the fragments are split on the marks,
// unescaped, and land as text nodes, so nothing in an indexed file can become HTML.
import { getJson } from '../api.js';
import { errorBox, h, replace } from '../dom.js';

const PAGE_SIZE = 20;
const TYPES = ['', 'RUN', 'ARTIFACT', 'FINDING', 'DECISION'];
const ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/** The escaped highlight as nodes: text, and <mark> elements around the matches. */
export function highlightNodes(fragment) {
  return fragment.split(/(<mark>.*?<\/mark>)/s).filter((part) => part !== '').map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/s.exec(part);
    const text = (marked ? marked[1] : part).replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]);
    return marked ? h('mark', null, text) : text;
  });
}

export function searchBox() {
  const input = h('input', { type: 'search', name: 'q', testid: 'search-box', placeholder: 'Search runs, files, findings', 'aria-label': 'Search' });
  const form = h('form', { class: 'search-form', role: 'search' }, input);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) location.hash = `#/search?${new URLSearchParams({ q: input.value.trim() })}`;
  });
  return form;
}

export async function searchPage(root, params) {
  const q = params.get('q') ?? '';
  const type = TYPES.includes(params.get('type')) ? params.get('type') : '';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const go = (t, p) => { location.hash = `#/search?${new URLSearchParams({ q, type: t, page: String(p) })}`; };
  if (!q.trim()) {
    replace(root, h('p', null, 'Type words into the search box above.'));
    return { leave: () => {} };
  }
  const query = new URLSearchParams({ q, page: String(page), size: String(PAGE_SIZE) });
  if (type) query.set('type', type);
  try {
    const result = await getJson(`/api/v1/search?${query}`);
    const typeCounts = result.facets?.TYPE ?? {};
    replace(root,
      h('h2', null, `${result.total} result${result.total === 1 ? '' : 's'} for “`, q, '”'),
      h('div', { class: 'search-facets' }, TYPES.map((t) => h('button', {
        type: 'button', class: t === type ? 'primary' : null, onclick: () => go(t, 0),
      }, t ? `${t.toLowerCase()} (${typeCounts[t] ?? 0})` : 'all'))),
      h('ol', { class: 'search-hits', start: page * PAGE_SIZE + 1 }, result.hits.map((hit) => h('li', {
        testid: 'search-hit', data: { runId: hit.runId, type: hit.type },
      },
      h('a', { href: `#/runs/${encodeURIComponent(hit.runId)}` }, hit.title), ' ', h('span', { class: 'badge' }, hit.type.toLowerCase()),
      hit.phase ? h('span', { class: 'muted' }, ` ${hit.phase}`) : null,
      hit.highlights.map((fragment) => h('div', { class: 'search-highlight' }, highlightNodes(fragment)))))),
      h('div', { class: 'pager' },
        h('button', { type: 'button', disabled: page === 0, onclick: () => go(type, page - 1) }, 'Previous'),
        h('button', { type: 'button', disabled: (page + 1) * PAGE_SIZE >= result.total, onclick: () => go(type, page + 1) }, 'Next')));
  }
  catch (error) {
    replace(root, errorBox(error));
  }
  return { leave: () => {} };
}
