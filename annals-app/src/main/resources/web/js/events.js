// Events explorer: merged events filtered by dyad, actor, CAMEO, PLOVER, kind and dates; the same
// filters download as CSV, GDELT or JSONL; each event links to the articles that report it.
import { el, field, notice, select } from './dom.js';
import { apiUrl, getJson } from './api.js';
import { formParams, go } from './route.js';
import { eventsTable, PLOVER_TYPES } from './format.js';

const FILTERS = ['dyad', 'actor', 'cameo', 'plover', 'kind', 'from', 'to'];
const EXPORTS = [
  ['csv', 'CSV'],
  ['gdelt', 'GDELT'],
  ['jsonl', 'JSONL'],
];

export async function render(root, { params }) {
  const filters = Object.fromEntries(FILTERS.filter((k) => params[k]).map((k) => [k, params[k]]));
  const limit = params.limit || '200';
  root.append(el('h1', { class: 'visually-hidden', text: 'Events' }), filterForm(params, limit));
  const result = await getJson('events', { ...filters, limit, format: 'json' });
  root.append(
    el(
      'div',
      { class: 'exports' },
      el('span', { class: 'total', text: `${result.total.toLocaleString('en')} event${result.total === 1 ? '' : 's'}${result.events.length < result.total ? `, the first ${result.events.length} shown` : ''} · download:` }),
      EXPORTS.map(([format, label]) => el('a', { class: 'button secondary', href: apiUrl('events', { ...filters, format }), download: `annals-events.${format === 'gdelt' ? 'tsv' : format}`, dataset: { format }, text: label })),
    ),
    result.events.length ? eventsTable(result.events) : notice('No event matches these filters.'),
  );
}

/** The filter form shared by the events explorer (and reused by the timeline for its fields). */
export function filterForm(params, limit) {
  const form = el(
    'form',
    { class: 'filters', role: 'search' },
    field('Dyad', el('input', { name: 'dyad', value: params.dyad ?? '', placeholder: 'RUS-IRN', size: 12, title: 'SOURCE-TARGET actor codes; a country code also matches its bodies' })),
    field('Actor', el('input', { name: 'actor', value: params.actor ?? '', placeholder: 'RUSGOV', size: 9 })),
    field('CAMEO', el('input', { name: 'cameo', value: params.cameo ?? '', placeholder: '04 or 0311', size: 7, title: 'a CAMEO code or its prefix' })),
    field('PLOVER', select('plover', [['', 'any'], ...PLOVER_TYPES.map((t) => [t, t])], params.plover)),
    field('Kind', select('kind', [['', 'any'], ['interaction', 'interaction'], ['occurrence', 'occurrence']], params.kind)),
    field('From', el('input', { name: 'from', type: 'date', value: params.from ?? '' })),
    field('To', el('input', { name: 'to', type: 'date', value: params.to ?? '' })),
    field('Show', select('limit', ['50', '200', '1000'].map((n) => [n, `${n} events`]), limit)),
    el('button', { type: 'submit', text: 'Filter' }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('events', null, formParams(form));
  });
  return form;
}
