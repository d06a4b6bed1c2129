// Routes are hashes: #/VIEW[/ARG][?PARAMS]. Views link to each other with hashOf.

/** The route in a hash: {view, arg, params}; an unknown view is 'search'. */
export function parseHash(hash, views) {
  const h = hash.replace(/^#\/?/, '');
  const cut = h.indexOf('?');
  const path = cut < 0 ? h : h.slice(0, cut);
  const [view, ...rest] = path.split('/');
  return {
    view: views.includes(view) ? view : 'search',
    arg: rest.length && rest.join('/') ? decodeURIComponent(rest.join('/')) : null,
    params: Object.fromEntries(new URLSearchParams(cut < 0 ? '' : h.slice(cut + 1))),
  };
}

/** The hash of a route; empty params are left out. */
export function hashOf(view, arg = null, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v).trim() !== '') q.set(k, String(v).trim());
  }
  const qs = q.toString();
  return `#/${view}${arg ? `/${encodeURIComponent(arg)}` : ''}${qs ? `?${qs}` : ''}`;
}

/** Goes to a route (a new history entry; the hashchange renders it). */
export function go(view, arg, params) {
  location.hash = hashOf(view, arg, params);
}

/** The values of a form's named fields, as params. */
export function formParams(form) {
  return Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
}
