// Map of event places: every placed event at its gazetteer point over the country outlines (no
// tiles: the page works offline). A dot's size is its events, its colour their commonest quad
// class; clicking one lists the events there. Without the outline, a plain lon/lat plate.
import { el, field, notice } from './dom.js';
import { getJson } from './api.js';
import { formParams, go } from './route.js';
import { eventsTable, QUAD_COLOURS, QUADS } from './format.js';
import { chart, tip, worldMap } from './charts.js';

const LIMIT = 2000;

export async function render(root, { params }, ctx) {
  const filters = { dyad: params.dyad, actor: params.actor, from: params.from, to: params.to };
  root.append(el('h1', { class: 'visually-hidden', text: 'Map of event places' }), form(filters));
  const [result, outlined] = await Promise.all([getJson('events', { ...filters, limit: LIMIT }), worldMap().catch(() => false)]);
  const places = byPlace(result.events);
  root.dataset.places = places.length;
  if (!places.length) {
    root.append(notice('No event with a place matches these filters.'));
    return;
  }
  const placed = places.reduce((n, p) => n + p.events.length, 0);
  const box = el('div', { class: 'chart tall', id: 'map-chart' });
  const listing = el('section', { class: 'period-events', 'aria-live': 'polite' }, el('p', { class: 'muted', text: 'Click a place to list its events.' }));
  root.append(el('p', { class: 'total', text: `${placed} of ${result.events.length} events placed, at ${places.length} places${result.total > result.events.length ? ` (the first ${LIMIT} of ${result.total} events read)` : ''}.` }), box, listing);
  const instance = await chart(box, ctx);
  instance.setOption(outlined ? geoOption(places) : plateOption(places));
  instance.on('click', (p) => {
    if (p.seriesType === 'scatter') showPlace(listing, places[p.dataIndex]);
  });
}

function form(filters) {
  const f = el(
    'form',
    { class: 'filters' },
    field('Dyad', el('input', { name: 'dyad', value: filters.dyad ?? '', placeholder: 'RUS-IRN', size: 12 })),
    field('Actor', el('input', { name: 'actor', value: filters.actor ?? '', placeholder: 'RUSGOV', size: 9 })),
    field('From', el('input', { name: 'from', type: 'date', value: filters.from ?? '' })),
    field('To', el('input', { name: 'to', type: 'date', value: filters.to ?? '' })),
    el('button', { type: 'submit', text: 'Draw' }),
  );
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    go('map', null, formParams(f));
  });
  return f;
}

/** Events grouped by place: [{name, country, lat, lon, events, quad}], most events first. */
export function byPlace(events) {
  const places = new Map();
  for (const ev of events) {
    const p = ev.place;
    if (!p || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const key = `${p.name}|${p.lat}|${p.lon}`;
    if (!places.has(key)) places.set(key, { name: p.name, country: p.country, adm1: p.adm1, lat: p.lat, lon: p.lon, events: [] });
    places.get(key).events.push(ev);
  }
  return [...places.values()]
    .map((p) => ({ ...p, quad: commonestQuad(p.events) }))
    .sort((a, b) => b.events.length - a.events.length);
}

function commonestQuad(events) {
  const counts = [0, 0, 0, 0, 0];
  for (const e of events) if (e.quad) counts[e.quad]++;
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] ? best : 0;
}

function points(places) {
  return places.map((p) => ({
    name: p.name,
    value: [p.lon, p.lat, p.events.length],
    symbolSize: 8 + 5 * Math.sqrt(p.events.length),
    itemStyle: { color: QUAD_COLOURS[p.quad] ?? '#6b7280', borderColor: '#ffffff', borderWidth: 1, opacity: 0.9 },
  }));
}

function tooltipOf(places) {
  return (p) => {
    const place = places[p.dataIndex];
    if (!place || p.seriesType !== 'scatter') return '';
    const quads = [1, 2, 3, 4].map((q) => [q, place.events.filter((e) => e.quad === q).length]).filter(([, n]) => n);
    return tip(`${[place.name, place.adm1, place.country].filter(Boolean).join(', ')}: ${place.events.length} events`, quads.map(([q, n]) => `${QUADS[q]}: ${n}`));
  };
}

function geoOption(places) {
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltipOf(places) },
    geo: {
      map: 'world',
      roam: true,
      itemStyle: { areaColor: '#e7ebf0', borderColor: '#a9b3c1', borderWidth: 0.5 },
      emphasis: { disabled: true },
      select: { disabled: true },
    },
    series: [{ type: 'scatter', coordinateSystem: 'geo', data: points(places), label: { show: true, position: 'right', formatter: '{b}', fontSize: 11, color: '#1d2430' }, labelLayout: { hideOverlap: true } }],
  };
}

function plateOption(places) {
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltipOf(places) },
    grid: { left: 40, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'value', min: -180, max: 180, interval: 30, name: 'lon' },
    yAxis: { type: 'value', min: -90, max: 90, interval: 30, name: 'lat' },
    series: [{ type: 'scatter', data: points(places) }],
  };
}

function showPlace(listing, place) {
  if (!place) return;
  listing.dataset.place = place.name;
  listing.replaceChildren(
    el('h2', { text: `${[place.name, place.adm1, place.country].filter(Boolean).join(', ')}: ${place.events.length} event${place.events.length === 1 ? '' : 's'}` }),
    eventsTable(place.events),
  );
}
