// Search: words, a date range and an actor; facets by publisher, section and month narrow it.
import { el, field, notice, snippet, stamp } from './dom.js';
import { getJson } from './api.js';
import { formParams, go, hashOf } from './route.js';

const SIZE = 20;
const FACETS = [
  ['publisher', 'Publisher'],
  ['section', 'Section'],
  ['year-month', 'Month'],
];
const FILTERS = ['q', 'from', 'to', 'actor', 'publisher', 'section'];

export async function render(root, { params }) {
  const page = Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1);
  root.append(el('h1', { class: 'visually-hidden', text: 'Search' }), searchForm(params));
  const result = await getJson('articles', { ...pick(params, FILTERS), page, size: SIZE });
  root.append(
    el('div', { class: 'columns' }, facets(result.facets ?? {}, params), results(result, params, page)),
  );
}

function pick(params, keys) {
  return Object.fromEntries(keys.filter((k) => params[k]).map((k) => [k, params[k]]));
}

function searchForm(params) {
  const form = el(
    'form',
    { class: 'filters', role: 'search' },
    field('Words', el('input', { name: 'q', type: 'search', value: params.q ?? '', placeholder: 'e.g. border "joint patrols"', size: 32 })),
    field('From', el('input', { name: 'from', type: 'date', value: params.from ?? '' })),
    field('To', el('input', { name: 'to', type: 'date', value: params.to ?? '' })),
    field('Actor', el('input', { name: 'actor', value: params.actor ?? '', placeholder: 'RUSGOV', size: 8 })),
    el('button', { type: 'submit', text: 'Search' }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('search', null, { ...pick(params, ['publisher', 'section']), ...formParams(form) });
  });
  return form;
}

function facets(all, params) {
  const active = FILTERS.filter((k) => k !== 'q' && params[k]);
  return el(
    'aside',
    { class: 'facets', 'aria-label': 'Facets' },
    active.length
      ? el(
          'div',
          { class: 'chips' },
          active.map((k) =>
            el('a', { class: 'chip', href: hashOf('search', null, { ...params, [k]: '', page: '' }), title: 'Remove this filter', text: `${k}: ${params[k]} ✕` }),
          ),
        )
      : null,
    FACETS.map(([key, label]) => facetGroup(key, label, all[key] ?? {}, params)),
  );
}

const SHOWN = 12;

function facetGroup(key, label, counts, params) {
  const entries = Object.entries(counts).sort((a, b) => (key === 'year-month' ? b[0].localeCompare(a[0]) : b[1] - a[1]));
  const item = ([value, n]) => el('li', {}, el('a', { href: hashOf('search', null, facetParams(params, key, value)) }, el('span', { class: 'facet-value', text: value }), el('span', { class: 'count', text: n })));
  const rest = entries.slice(SHOWN);
  return el(
    'section',
    { class: 'facet', dataset: { facet: key } },
    el('h2', { text: label }),
    entries.length ? el('ul', {}, entries.slice(0, SHOWN).map(item)) : el('p', { class: 'muted', text: 'none' }),
    rest.length ? el('details', {}, el('summary', { text: `${rest.length} more` }), el('ul', {}, rest.map(item))) : null,
  );
}

function facetParams(params, key, value) {
  const next = { ...params, page: '' };
  if (key !== 'year-month') return { ...next, [key]: value };
  const [y, m] = value.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { ...next, from: `${value}-01`, to: `${value}-${String(last).padStart(2, '0')}` };
}

function results(result, params, page) {
  const pages = Math.max(1, Math.ceil(result.total / SIZE));
  return el(
    'div',
    { class: 'results' },
    el('p', { class: 'total', text: `${result.total.toLocaleString('en')} article${result.total === 1 ? '' : 's'}${pages > 1 ? ` · page ${page} of ${pages}` : ''}` }),
    result.hits.length ? el('ol', { class: 'hits' }, result.hits.map(hit)) : notice('Nothing found. Fewer words or filters find more.'),
    pages > 1 ? pager(params, page, pages) : null,
  );
}

function hit(h) {
  return el(
    'li',
    { class: 'hit', dataset: { id: h.id } },
    el('h3', {}, el('a', { href: hashOf('article', h.id), text: h.headline ?? '(no headline)' })),
    el('p', { class: 'meta' }, [h.publisher, h.section, stamp(h.published)].filter(Boolean).join(' · ')),
    el('p', { class: 'snippet' }, snippet(h.snippet)),
  );
}

function pager(params, page, pages) {
  const link = (p, text) => el('a', { href: hashOf('search', null, { ...params, page: p }), text });
  return el(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? link(page - 1, '← previous') : null,
    el('span', { text: ` ${page} / ${pages} ` }),
    page < pages ? link(page + 1, 'next →') : null,
  );
}
