// The one way the console talks to the server: JSON over fetch with the bearer token of the
// logged-in user (when security is on); failures surface the problem+json detail.

let bearer = () => null;
let onUnauthorized = () => {};

/** Sets where the access token comes from and what a 401 does (log in again). */
export function authenticate(tokenSupplier, unauthorized) {
  bearer = tokenSupplier;
  onUnauthorized = unauthorized;
}

export function authHeaders(headers = {}) {
  const token = bearer();
  return token ? { ...headers, Authorization: `Bearer ${token}` } : headers;
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The message of a failed response: problem+json detail, then title, then the status line. */
export async function problemMessage(response) {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = await response.json();
      if (problem.detail || problem.title) return problem.detail || problem.title;
    }
    catch {
      // not JSON after all: fall back to the status line
    }
  }
  return `${response.status} ${response.statusText || 'request failed'}`;
}

export async function request(path, { method = 'GET', json, body, accept = 'application/json' } = {}) {
  const headers = authHeaders({ Accept: accept });
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: json !== undefined ? JSON.stringify(json) : body });
  if (response.status === 401) onUnauthorized();
  if (!response.ok) throw new ApiError(response.status, await problemMessage(response));
  return response;
}

export async function getJson(path) {
  return (await request(path)).json();
}

export async function getText(path, accept = 'text/plain') {
  return (await request(path, { accept })).text();
}

export function runPath(runId, rest = '') {
  return `/api/v1/processes/${encodeURIComponent(runId)}${rest}`;
}
