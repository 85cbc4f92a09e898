// The console's entry: reads the server's console config, logs in when security is on and
// routes by hash: #/ runs list, #/search?q= search hits, #/runs/<id> a run, #/runs/<id>/gates/<gate element id> a gate.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import 'highlight.js/styles/github.css';
import './style.css';
import { authenticate, getJson } from './api.js';
import { login } from './auth.js';
import { errorBox, h, replace } from './dom.js';
import { runPage } from './pages/run.js';
import { runsPage } from './pages/runs.js';
import { searchBox, searchPage } from './pages/search.js';

const UUID = '[0-9a-fA-F-]{36}';
const RUN_ROUTE = new RegExp(`^#/runs/(${UUID})(?:/gates/([A-Za-z0-9_.-]+))?$`);

const app = document.getElementById('app');
let page = { leave: () => {} };
let navigation = 0;

/** Shows the page of the hash; moving between a run and its gates keeps the run page. */
async function route(config) {
  const current = ++navigation;
  const [path, query] = (location.hash || '#/').split('?');
  const run = RUN_ROUTE.exec(path);
  if (run && page.runId === run[1]) {
    page.showGate(run[2] ?? null);
    return;
  }
  page.leave();
  page = { leave: () => {} };
  try {
    const params = new URLSearchParams(query ?? '');
    const shown = run ? await runPage(app, run[1], run[2] ?? null, config)
      : path === '#/search' ? await searchPage(app, params) : await runsPage(app, params);
    if (current === navigation) page = shown;
    else shown.leave(); // the user moved on while it loaded
  }
  catch (error) {
    if (current === navigation) replace(app, errorBox(error));
  }
}

async function start() {
  const config = await getJson('/api/v1/console/config');
  const session = document.getElementById('session');
  if (config.securityEnabled) {
    const user = await login(config.oidc);
    if (!user) return; // redirected to the identity provider
    authenticate(user.token, user.relogin);
    replace(session, h('span', { testid: 'user-name', class: 'user-name' }, user.name), ' ',
      h('button', { type: 'button', testid: 'logout', onclick: user.logout }, 'Log out'));
  }
  // what this user may do: the run page offers only the actions the server would accept
  config.permissions = (await getJson('/api/v1/console/me')).permissions;
  session.before(searchBox());
  window.addEventListener('hashchange', () => route(config));
  await route(config);
}

start().catch((error) => replace(app, errorBox(error)));
