// The artifact browser: the run's artifacts, one file's content syntax-highlighted, its
// versions and the line diff between two of them (GET …/artifact-diff, coloured per line).
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import properties from 'highlight.js/lib/languages/properties';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { getJson, getText, runPath } from '../api.js';
import { errorBox, formatTime, h, replace } from '../dom.js';

Object.entries({ bash, dockerfile, ini, java, javascript, json, markdown, properties, sql, typescript, xml, yaml })
  .forEach(([name, language]) => hljs.registerLanguage(name, language));

const LANGUAGE_OF_EXTENSION = {
  java: 'java', xml: 'xml', bpmn: 'xml', dmn: 'xml', html: 'xml', yml: 'yaml', yaml: 'yaml', json: 'json',
  md: 'markdown', sql: 'sql', properties: 'properties', sh: 'bash', js: 'javascript', mjs: 'javascript',
  ts: 'typescript', toml: 'ini', ini: 'ini', jdl: 'typescript',
};

/** The highlight.js language of a path, or null for plain text. */
export function languageOf(path) {
  const name = path.split('/').pop();
  if (name === 'Dockerfile') return 'dockerfile';
  const extension = name.includes('.') ? name.split('.').pop().toLowerCase() : '';
  return LANGUAGE_OF_EXTENSION[extension] ?? null;
}

/** A code block: highlight.js escapes the text it wraps in its spans, plain text stays a text node. */
function codeBlock(path, text) {
  const code = h('code', { class: 'hljs' });
  const language = languageOf(path);
  if (language && text.length < 500_000) code.innerHTML = hljs.highlight(text, { language }).value;
  else code.textContent = text;
  return h('pre', { testid: 'artifact-content', class: 'artifact-content' }, code);
}

/** The CSS class of each line of a unified diff: file headers only before the first hunk. */
export function diffLineKinds(text) {
  let inHunk = false;
  return text.split('\n').map((line) => {
    if (line.startsWith('@@')) {
      inHunk = true;
      return [line, 'diff-hunk'];
    }
    if (!inHunk) return [line, 'diff-file'];
    return [line, line.startsWith('+') ? 'diff-add' : line.startsWith('-') ? 'diff-del' : null];
  });
}

function diffBlock(text) {
  return h('pre', { testid: 'artifact-diff', class: 'artifact-diff' }, diffLineKinds(text).map(([line, kind]) =>
    h('span', { class: kind ? `diff-line ${kind}` : 'diff-line' }, line, '\n')));
}

export class ArtifactBrowser {
  constructor(container, runId) {
    this.runId = runId;
    this.list = h('ul', { class: 'artifact-list' });
    this.detail = h('div', { class: 'artifact-detail' });
    replace(container, h('h2', null, 'Artifacts'),
      h('div', { class: 'artifact-browser', testid: 'artifact-browser' }, this.list, this.detail));
  }

  async refresh() {
    const artifacts = await getJson(runPath(this.runId, '/artifacts'));
    replace(this.list, [...artifacts].sort((a, b) => a.path.localeCompare(b.path)).map((a) => h('li', null,
      h('button', { type: 'button', class: this.selected === a.path ? 'artifact selected' : 'artifact',
        testid: 'artifact', data: { path: a.path, version: a.version }, onclick: () => this.open(a.path) },
      a.path, a.version > 1 ? h('span', { class: 'version-count' }, ` v${a.version}`) : null))));
  }

  async open(path, version) {
    this.selected = path;
    this.list.querySelectorAll('[data-testid="artifact"]')
      .forEach((b) => b.classList.toggle('selected', b.dataset.path === path));
    try {
      const versions = await getJson(runPath(this.runId, `/artifact-versions?path=${encodeURIComponent(path)}`));
      const shown = version ?? versions[versions.length - 1].version;
      const text = await getText(runPath(this.runId, `/artifacts/${path.split('/').map(encodeURIComponent).join('/')}?version=${shown}`));
      const meta = versions.find((v) => v.version === shown);
      replace(this.detail,
        h('h3', null, path),
        h('p', { class: 'artifact-meta' }, `version ${shown} of ${versions.length} · ${meta?.type ?? ''} · phase ${meta?.phaseId ?? '—'} · ${meta?.agent ?? ''} · ${formatTime(meta?.createdAt)}`),
        versions.length > 1 ? this.versionPicker(path, versions, shown) : null,
        codeBlock(path, text));
    }
    catch (error) {
      replace(this.detail, errorBox(error));
    }
  }

  versionPicker(path, versions, shown) {
    const options = (selected) => versions.map((v) => h('option', { value: v.version, selected: v.version === selected },
      `v${v.version}`));
    const view = h('select', { testid: 'artifact-version', onchange: (e) => this.open(path, Number(e.target.value)) },
      options(shown));
    const from = h('select', { name: 'from' }, options(versions[versions.length - 2].version));
    const to = h('select', { name: 'to' }, options(versions[versions.length - 1].version));
    const out = h('div', { class: 'diff-out' });
    const show = async () => {
      try {
        replace(out, diffBlock(await getText(runPath(this.runId,
          `/artifact-diff?path=${encodeURIComponent(path)}&from=${from.value}&to=${to.value}`), 'text/x-diff')));
      }
      catch (error) {
        replace(out, errorBox(error));
      }
    };
    return h('div', { class: 'versions' }, h('label', null, 'Show ', view), ' · ',
      h('label', null, 'Diff ', from), h('label', null, ' → ', to),
      h('button', { type: 'button', testid: 'artifact-diff-show', onclick: show }, 'Show diff'), out);
  }
}
