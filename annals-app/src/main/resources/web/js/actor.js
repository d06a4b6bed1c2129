// An actor: its name and country, the people who held its roles and when, its latest events.
import { el, notice } from './dom.js';
import { getJson } from './api.js';
import { hashOf } from './route.js';
import { eventsTable } from './format.js';

export async function render(root, { arg }) {
  const actor = await getJson(`actors/${encodeURIComponent(arg ?? '')}`);
  root.append(
    el(
      'header',
      { class: 'actor-head' },
      el('h1', {}, `${actor.name ?? actor.code} `, el('code', { text: actor.code })),
      el('p', { class: 'meta', text: actor.country ? `country ${actor.country}` : '' }),
      el(
        'p',
        { class: 'meta' },
        el('a', { href: hashOf('events', null, { actor: actor.code }), text: 'all its events' }),
        ' · ',
        el('a', { href: hashOf('timeline', null, { actor: actor.code }), text: 'its timeline' }),
        ' · ',
        el('a', { href: hashOf('search', null, { actor: actor.code }), text: 'articles naming it' }),
      ),
    ),
    people(actor.people ?? []),
    el('h2', { text: `Latest events (${(actor.events ?? []).length})` }),
    actor.events?.length ? eventsTable(actor.events) : notice('No event of this actor in the store.'),
  );
}

function people(list) {
  if (!list.length) return null;
  return el(
    'section',
    { class: 'people' },
    el('h2', { text: 'People in its roles' }),
    el(
      'table',
      { class: 'compact' },
      el('thead', {}, el('tr', {}, ['Name', 'Role', 'From', 'To'].map((h) => el('th', { text: h })))),
      el('tbody', {}, list.map((p) => el('tr', {}, el('td', { text: p.name }), el('td', { text: p.role ?? '' }), el('td', { text: p.from ?? '' }), el('td', { text: p.to ?? 'now' })))),
    ),
  );
}
