// How events, actors and their codes are shown, the same in every view.
import { el, stamp } from './dom.js';
import { hashOf } from './route.js';

/** GDELT QuadClass names. */
export const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

/** Colours of the quad classes (as in the CSS: .quad-1 … .quad-4). */
export const QUAD_COLOURS = { 1: '#3b82c4', 2: '#2e9e6a', 3: '#e0a030', 4: '#c8413b' };

/** PLOVER 2021's sixteen event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** A link to an actor's page, showing its code (and name when given). */
export function actorLink(code, name = null) {
  return el('a', { class: 'actor', href: hashOf('actor', code), title: name ? `${name} (${code})` : code }, name ? `${name} ` : null, el('code', { text: code }));
}

function actors(side) {
  if (!side) return [];
  return Array.isArray(side) ? side : [side];
}

/** An actor as text: its name and code (inside a button, where a link cannot go). */
export function actorText(code, name = null) {
  return el('span', { class: 'actor', title: name ? `${name} (${code})` : code }, name ? `${name} ` : null, el('code', { text: code }));
}

function actorNodes(side, links = true) {
  const list = actors(side);
  if (!list.length) return [el('span', { class: 'muted', text: '—' })];
  return list.flatMap((a, i) => [i ? ', ' : null, links ? actorLink(a.code, a.name) : actorText(a.code, a.name)]);
}

/** The action of an event: "Consult (040)", or the occurrence ("crash"). */
export function actionName(ev, name = ev.cameoName) {
  if (ev.kind === 'occurrence') return ev.occurrence ?? 'occurrence';
  return name ? `${name} (${ev.cameo})` : `CAMEO ${ev.cameo}`;
}

/**
 * "source → action → target" for an event of schema v1 (lists) or a merged event (one actor each);
 * actors link to their pages unless links is false.
 */
export function eventLine(ev, { name = ev.cameoName, links = true } = {}) {
  return [
    el('span', { class: 'src' }, actorNodes(ev.source, links)),
    ' → ',
    el('span', { class: `act quad-${ev.quad ?? 0}`, text: actionName(ev, name) }),
    ' → ',
    el('span', { class: 'tgt' }, actorNodes(ev.target, links)),
  ];
}

/** The CAMEO name a merged event's mentions carry (the merged record has only the code). */
export function cameoNameOf(merged) {
  return merged.mentions?.find((m) => m.event?.cameoName)?.event.cameoName ?? null;
}

/** A table of merged events (GET /api/events) with links to the articles that report them. */
export function eventsTable(events) {
  const head = ['Date', 'Source', 'Action', 'Target', 'Class', 'Goldstein', 'PLOVER', 'Place', 'Reported in'];
  return el(
    'table',
    { class: 'events-table' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, events.map(eventRow)),
  );
}

function eventRow(ev) {
  return el(
    'tr',
    { dataset: { id: ev.id, kind: ev.kind } },
    el('td', { class: 'nowrap', text: ev.date ?? '' }),
    el('td', {}, actorNodes(ev.source)),
    el('td', {}, el('span', { class: `act quad-${ev.quad ?? 0}`, text: actionName(ev, cameoNameOf(ev)) })),
    el('td', {}, actorNodes(ev.target)),
    el('td', { text: ev.quad ? QUADS[ev.quad] : ev.kind }),
    el('td', { class: 'num', text: ev.goldstein ?? '' }),
    el('td', { text: ev.plover ? `${ev.plover.type}${ev.plover.mode ? `/${ev.plover.mode}` : ''}` : '' }),
    el('td', { text: ev.place ? [ev.place.name, ev.place.country].filter(Boolean).join(', ') : '' }),
    el('td', {}, mentionLinks(ev)),
  );
}

function mentionLinks(ev) {
  return el(
    'ul',
    { class: 'mentions' },
    (ev.mentions ?? []).map((m) => {
      const at = m.event?.evidence?.action?.start;
      const label = `${m.publisher ?? 'article'}${m.published ? `, ${stamp(m.published).slice(0, 10)}` : ''}`;
      return el('li', {}, el('a', { href: hashOf('article', m.article, { at }), title: `article ${m.article}, sentence ${m.sentence}`, text: label }));
    }),
  );
}
