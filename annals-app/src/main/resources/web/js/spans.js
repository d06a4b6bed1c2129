// The article text with its annotations as nested-free segments. Offsets index the canonical text
// (the paragraphs joined by "\n\n", docs/annotation-schema-v1.md), so paragraph i starts at the sum
// of the earlier paragraphs' lengths plus 2 × i. Each paragraph is cut at every start and end of an
// annotation or event evidence inside it; a segment is a <span> that knows its [start, end) and
// carries the classes and title of everything that covers it. All text goes in as text nodes.
import { el } from './dom.js';

const SEPARATOR = 2;

/** The [start, end) of each paragraph in the canonical text. */
export function paragraphRanges(paragraphs) {
  let at = 0;
  return paragraphs.map((p) => {
    const range = { start: at, end: at + p.length };
    at = range.end + SEPARATOR;
    return range;
  });
}

/** The annotations that colour text: mentions, places, times, quotes; each {start, end, kind, item}. */
export function annotationSpans(ann) {
  const spans = [];
  const add = (kind, list) => (list ?? []).forEach((item) => spans.push({ start: item.start, end: item.end, kind, item }));
  add('mention', ann.mentions);
  add('place', ann.places);
  add('time', ann.times);
  add('quote', ann.quotes);
  return spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
}

/** Every offset an event's evidence (or its sentence) starts or ends at, so it can be highlighted. */
export function evidenceCuts(ann) {
  const cuts = [];
  for (const ev of ann.events ?? []) {
    for (const s of evidenceSpans(ev, ann)) cuts.push(s.start, s.end);
  }
  return cuts;
}

/** An event's evidence as [{start, end, role}] with role source, action, target or sentence. */
export function evidenceSpans(ev, ann) {
  const e = ev.evidence ?? {};
  const out = [];
  for (const s of e.source ?? []) out.push({ ...s, role: 'source' });
  if (e.action) out.push({ ...e.action, role: 'action' });
  for (const s of e.target ?? []) out.push({ ...s, role: 'target' });
  const sentence = (ann.sentences ?? []).find((s) => s.index === e.sentence);
  if (sentence) out.push({ start: sentence.start, end: sentence.end, role: 'sentence' });
  return out.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end));
}

/**
 * Renders the paragraphs with annotations. Returns {paragraphs: [<p>], segments: [{el, start, end}]}.
 */
export function renderText(paragraphs, ann) {
  const spans = ann ? annotationSpans(ann) : [];
  const cuts = ann ? evidenceCuts(ann) : [];
  const entities = new Map((ann?.entities ?? []).map((e) => [e.id, e]));
  const segments = [];
  const nodes = paragraphRanges(paragraphs).map((range, i) => {
    const inside = spans.filter((s) => s.start < range.end && s.end > range.start);
    const bounds = new Set([range.start, range.end]);
    for (const s of inside) bounds.add(clamp(s.start, range)).add(clamp(s.end, range));
    for (const c of cuts) if (c > range.start && c < range.end) bounds.add(c);
    const sorted = [...bounds].sort((a, b) => a - b);
    const p = el('p', { class: 'para', dataset: { start: range.start } });
    for (let k = 0; k + 1 < sorted.length; k++) {
      const [a, b] = [sorted[k], sorted[k + 1]];
      const covering = inside.filter((s) => s.start <= a && s.end >= b);
      const seg = segment(paragraphs[i].slice(a - range.start, b - range.start), covering, entities);
      seg.dataset.start = a;
      seg.dataset.end = b;
      segments.push({ el: seg, start: a, end: b });
      p.append(seg);
      for (const s of inside) if (s.end === b) appendBadge(p, s);
    }
    return p;
  });
  return { paragraphs: nodes, segments };
}

function clamp(x, range) {
  return Math.min(range.end, Math.max(range.start, x));
}

function segment(text, covering, entities) {
  const seg = el('span', { class: 'seg', text });
  if (!covering.length) return seg;
  const mentions = covering.filter((s) => s.kind === 'mention').sort((x, y) => x.end - x.start - (y.end - y.start));
  const titles = [];
  if (mentions.length) {
    const m = mentions[0].item;
    seg.classList.add('m', `m-${String(m.type).toLowerCase()}`, `m-${m.form}`);
    seg.dataset.type = m.type;
    if (m.entity) seg.dataset.entity = m.entity;
    if (mentions.length > 1) seg.classList.add('m-nested');
    for (const s of mentions) titles.push(mentionTitle(s.item, entities.get(s.item.entity)));
  }
  for (const s of covering) {
    if (s.kind === 'time') {
      seg.classList.add('tx');
      titles.push(`time ${s.item.type}: ${s.item.value}`);
    } else if (s.kind === 'quote') {
      seg.classList.add('q');
      titles.push(`quote by ${s.item.speaker?.name ?? 'an unknown speaker'}${s.item.cue ? ` (${s.item.cue})` : ''}`);
    } else if (s.kind === 'place') {
      seg.classList.add('pl');
      titles.push(placeTitle(s.item));
    }
  }
  seg.title = titles.join('\n');
  return seg;
}

/** "PERSON name: Vladimir Putin · RUSGOV · President of Russia" */
export function mentionTitle(m, entity) {
  const head = `${m.type} ${m.form}`;
  if (!entity) return `${head}: not resolved`;
  const country = entity.country && !String(entity.actor ?? '').startsWith(entity.country) ? entity.country : null;
  const parts = [entity.name, entity.actor, entity.role, country];
  return `${head}: ${parts.filter(Boolean).join(' · ')}`;
}

function placeTitle(p) {
  const where = [p.name, p.adm1, p.country].filter(Boolean).join(', ');
  return `place (${p.kind}): ${where} — ${Number(p.lat).toFixed(2)}, ${Number(p.lon).toFixed(2)}`;
}

function appendBadge(p, s) {
  if (s.kind === 'time' && s.item.value) {
    p.append(el('span', { class: 'badge tval', title: `normalised ${s.item.type}`, text: s.item.value }));
  } else if (s.kind === 'quote') {
    p.append(el('span', { class: 'badge qsp', title: 'speaker', text: `— ${s.item.speaker?.name ?? 'speaker unknown'}` }));
  }
}
