// The REST API of `annals serve` (see /api/openapi.json). Paths are relative to the page, so the UI
// works behind a path prefix too.

/** An error answer of the API: status, and the body's error, message, parameter, value, expected. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `the server answered ${status}`);
    this.status = status;
    this.body = body ?? {};
  }
}

/** A query string of the non-empty params, without the leading '?'. */
export function query(params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') q.set(key, String(value).trim());
  }
  return q.toString();
}

/** A path under api/ with its query string. */
export function apiUrl(path, params = {}) {
  const q = query(params);
  return `api/${path}${q ? `?${q}` : ''}`;
}

/** GETs api/PATH?params as JSON; throws ApiError with the server's error body when not 2xx. */
export async function getJson(path, params = {}) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, { message: `the Annals server did not answer (${e.message}); is \`annals serve\` running?` });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** A readable sentence for an error of getJson. */
export function explain(error) {
  if (!(error instanceof ApiError)) return `Something went wrong in the page: ${error.message}`;
  const b = error.body;
  const message = b.message || error.message;
  return b.expected && !message.includes(b.expected) ? `${message} (expected ${b.expected})` : message;
}
