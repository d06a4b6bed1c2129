// The article reader: the text with its mentions, places, times and quotes highlighted, and its
// events beside it; choosing an event highlights its evidence (source, action, target) and scrolls
// there. #/article/ID?at=N opens with the event whose evidence starts at offset N chosen.
import { el, notice, safeHref, stamp } from './dom.js';
import { getJson } from './api.js';
import { evidenceSpans, renderText } from './spans.js';
import { actorLink, eventLine, QUADS } from './format.js';

const LEGEND = [
  ['m m-person m-name', 'person'],
  ['m m-org m-name', 'organisation'],
  ['m m-gpe m-name', 'country, city, province'],
  ['m m-loc m-name', 'other place'],
  ['m m-norp m-name', 'nationality'],
  ['m m-person m-nominal', 'role nominal'],
  ['m m-person m-pronoun', 'pronoun'],
  ['tx', 'time (normalised value after it)'],
  ['q', 'quotation (speaker after it)'],
];

export async function render(root, { arg, params }) {
  const { article, annotations } = await getJson(`articles/${encodeURIComponent(arg ?? '')}`);
  const ann = annotations ?? null;
  const text = renderText(article.paragraphs ?? [], ann);
  const body = el('div', { class: 'article-text' }, text.paragraphs);
  const side = el('aside', { class: 'side', 'aria-label': 'Events and annotations' });
  root.append(el('div', { class: 'reader' }, el('article', {}, header(article, ann), body, related(article)), side));
  if (!ann) {
    side.append(notice('This article was stored without annotations (ingested with --no-annotate): no mentions, quotes or events to show.'));
    return;
  }
  linkSameEntity(text.segments);
  const chooser = eventList(ann, text.segments);
  side.append(chooser.node, quotes(ann), entities(ann), warnings(article, ann));
  const at = Number.parseInt(params.at ?? '', 10);
  if (Number.isInteger(at)) chooser.chooseAt(at);
}

function header(a, ann) {
  const meta = [a.publisher, a.section, a.published ? `published ${stamp(a.published)}` : null, a.modified ? `updated ${stamp(a.modified)}` : null]
    .filter(Boolean)
    .join(' · ');
  return el(
    'header',
    { class: 'article-head' },
    el('h1', { text: a.headline ?? '(no headline)' }),
    el('p', { class: 'meta', text: meta }),
    a.authors?.length ? el('p', { class: 'meta', text: `By ${a.authors.join(', ')}` }) : null,
    el(
      'p',
      { class: 'meta small' },
      a.url ? el('a', { href: safeHref(a.url), rel: 'noopener noreferrer', target: '_blank', text: a.url }) : el('span', { text: a.source }),
      el('span', { text: ` · id ${a.id}${a.language ? ` · ${a.language}` : ''}` }),
    ),
    ann ? legend() : null,
  );
}

function legend() {
  return el('p', { class: 'legend', 'aria-label': 'Legend' }, LEGEND.map(([cls, label]) => el('span', { class: `seg ${cls}`, text: label })));
}

function related(a) {
  if (!a.related?.length) return null;
  return el(
    'section',
    { class: 'related' },
    el('h2', { text: 'Related stories' }),
    el('ul', {}, a.related.map((r) => el('li', {}, r.url ? el('a', { href: safeHref(r.url), rel: 'noopener noreferrer', target: '_blank', text: r.headline }) : r.headline))),
  );
}

/** Hovering a mention outlines every mention of the same entity. */
function linkSameEntity(segments) {
  const byEntity = new Map();
  for (const s of segments) {
    const id = s.el.dataset.entity;
    if (id) byEntity.set(id, [...(byEntity.get(id) ?? []), s.el]);
  }
  for (const [, els] of byEntity) {
    for (const e of els) {
      e.addEventListener('mouseenter', () => els.forEach((x) => x.classList.add('same-entity')));
      e.addEventListener('mouseleave', () => els.forEach((x) => x.classList.remove('same-entity')));
    }
  }
}

function eventList(ann, segments) {
  const events = ann.events ?? [];
  const buttons = [];
  const choose = (i) => {
    buttons.forEach((b, k) => b.setAttribute('aria-pressed', String(k === i)));
    highlight(evidenceSpans(events[i], ann), segments);
  };
  const node = el(
    'section',
    { class: 'events-beside' },
    el('h2', { text: `Events (${events.length})` }),
    events.length
      ? el('p', { class: 'legend' }, 'Choose one to see its ', el('span', { class: 'seg ev-source', text: 'source' }), ' ', el('span', { class: 'seg ev-action', text: 'action' }), ' ', el('span', { class: 'seg ev-target', text: 'target' }), ' in the text.')
      : el('p', { class: 'muted', text: 'No event coded in this article.' }),
    el(
      'ol',
      { class: 'event-list' },
      events.map((ev, i) => {
        const b = el('button', { type: 'button', class: `event quad-${ev.quad ?? 0}`, 'aria-pressed': 'false', onclick: () => choose(i) }, eventCard(ev));
        buttons.push(b);
        return el('li', {}, b);
      }),
    ),
  );
  const chooseAt = (at) => {
    const i = events.findIndex((ev) => evidenceSpans(ev, ann).some((s) => s.role !== 'sentence' && s.start === at));
    if (i >= 0) choose(i);
  };
  return { node, chooseAt };
}

function eventCard(ev) {
  const when = [ev.date ? `${ev.date}${ev.datePrecision && ev.datePrecision !== 'day' ? ` (${ev.datePrecision})` : ''}` : 'undated', ev.place?.name].filter(Boolean).join(' · ');
  const facts = [
    ev.quad ? QUADS[ev.quad] : null,
    ev.goldstein !== null && ev.goldstein !== undefined ? `Goldstein ${ev.goldstein}` : null,
    ev.plover ? `PLOVER ${ev.plover.type}${ev.plover.mode ? `/${ev.plover.mode}` : ''}` : null,
    ev.confidence !== undefined ? `confidence ${ev.confidence}` : null,
    ...(ev.modality ?? []),
  ].filter(Boolean);
  return [
    el('span', { class: 'when', text: when }),
    el('span', { class: 'what' }, eventLine(ev, { links: false })),
    el('span', { class: 'facts', text: facts.join(' · ') }),
  ];
}

function highlight(spans, segments) {
  const roles = ['source', 'action', 'target', 'sentence'];
  let first = null;
  for (const seg of segments) {
    for (const r of roles) seg.el.classList.remove(`ev-${r}`);
    for (const s of spans) {
      if (seg.start >= s.start && seg.end <= s.end) {
        seg.el.classList.add(`ev-${s.role}`);
        if (s.role !== 'sentence' && (!first || seg.start < first.start)) first = seg;
      }
    }
  }
  if (first) first.el.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function quotes(ann) {
  const list = ann.quotes ?? [];
  return el(
    'section',
    { class: 'quotes' },
    el('h2', { text: `Quotes (${list.length})` }),
    el(
      'ul',
      {},
      list.map((q) =>
        el('li', {}, el('span', { class: 'speaker', text: q.speaker?.name ?? 'unknown speaker' }), q.cue ? el('span', { class: 'muted', text: ` ${q.cue}` }) : null, el('q', { text: q.text })),
      ),
    ),
  );
}

function entities(ann) {
  const list = ann.entities ?? [];
  return el(
    'section',
    { class: 'entities' },
    el('h2', { text: `Entities (${list.length})` }),
    el(
      'table',
      { class: 'compact' },
      el('thead', {}, el('tr', {}, ['Name', 'Type', 'Actor', 'Role'].map((h) => el('th', { text: h })))),
      el(
        'tbody',
        {},
        list.map((e) => el('tr', {}, el('td', { text: e.name }), el('td', { text: e.type }), el('td', {}, e.actor ? actorLink(e.actor) : ''), el('td', { text: e.role ?? '' }))),
      ),
    ),
  );
}

function warnings(article, ann) {
  const list = [...(article.warnings ?? []), ...(ann.warnings ?? [])];
  if (!list.length) return null;
  return el('section', { class: 'warnings' }, el('h2', { text: 'Warnings' }), el('ul', {}, list.map((w) => el('li', { text: `${w.code}: ${w.message}${w.position ? ` (${w.position})` : ''}` }))));
}
