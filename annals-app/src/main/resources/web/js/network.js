// Actor network: who acts on whom. Node size is the actor's events; an edge's width its events and
// its colour the mean Goldstein score (red conflict … green cooperation); a node's colour is its
// country's. A node opens the actor.
import { el, field, notice } from './dom.js';
import { getJson } from './api.js';
import { formParams, go, hashOf } from './route.js';
import { actorLink, QUADS } from './format.js';
import { chart, tip } from './charts.js';

export async function render(root, { params }, ctx) {
  const filters = { from: params.from, to: params.to, min: params.min || '1' };
  root.append(el('h1', { class: 'visually-hidden', text: 'Actor network' }), form(filters));
  const net = largest(await getJson('network', filters), MAX_NODES);
  root.dataset.nodes = net.nodes.length;
  root.dataset.edges = net.edges.length;
  if (!net.nodes.length) {
    root.append(notice('No actors act on each other in these dates.'));
    return;
  }
  const box = el('div', { class: 'chart tall', id: 'network-chart' });
  const cut = net.dropped ? ` The ${net.dropped} actors with fewest events are left out: raise "At least" or narrow the dates to see others.` : '';
  root.append(el('p', { class: 'total', text: `${net.nodes.length} actors, ${net.edges.length} directed links. Drag to move, scroll to zoom, click an actor to open it.${cut}` }), box);
  const instance = await chart(box, ctx);
  instance.setOption(option(net));
  instance.on('click', (p) => {
    if (p.dataType === 'node') go('actor', p.data.id);
  });
  root.append(edgeTable(net));
}

const MAX_NODES = 300;

/** The network cut to its max busiest actors and the links between them; dropped counts the rest. */
export function largest(net, max) {
  if (net.nodes.length <= max) return { ...net, dropped: 0 };
  const nodes = [...net.nodes].sort((a, b) => b.events - a.events).slice(0, max);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { nodes, edges, dropped: net.nodes.length - max };
}

function form(filters) {
  const f = el(
    'form',
    { class: 'filters' },
    field('From', el('input', { name: 'from', type: 'date', value: filters.from ?? '' })),
    field('To', el('input', { name: 'to', type: 'date', value: filters.to ?? '' })),
    field('At least', el('input', { name: 'min', type: 'number', min: 1, value: filters.min, size: 4, title: 'events on a link' })),
    el('button', { type: 'submit', text: 'Draw' }),
  );
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    go('network', null, formParams(f));
  });
  return f;
}

/** Red for conflict, grey for neutral, green for cooperation (Goldstein −10 … +10). */
export function goldsteinColour(g) {
  if (g === null || g === undefined) return '#8a94a6';
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a, b) => Math.round(a + (b - a) * Math.abs(t));
  const [r, gr, b] = t < 0 ? [mix(150, 200), mix(150, 65), mix(150, 59)] : [mix(150, 46), mix(150, 158), mix(150, 106)];
  return `rgb(${r}, ${gr}, ${b})`;
}

const PALETTE = ['#24508f', '#2e9e6a', '#c8413b', '#8c6bc8', '#d98b1f', '#1f8fa3', '#a3476b', '#5b7a2e', '#6b5a2a', '#44546a'];

/** One colour per country (an actor code's first three letters), so a country's bodies match. */
export function countryColour(code) {
  let h = 0;
  for (const c of String(code).slice(0, 3)) h = (h * 31 + c.charCodeAt(0)) % 9973;
  return PALETTE[h % PALETTE.length];
}

function option(net) {
  const names = new Map(net.nodes.map((n) => [n.id, n.name]));
  return {
    animationDuration: 300,
    tooltip: {
      formatter: (p) =>
        p.dataType === 'edge'
          ? tip(`${p.data.source} → ${p.data.target}: ${p.data.value} events`, [
              ...[1, 2, 3, 4].filter((q) => p.data.quad?.[q]).map((q) => `${QUADS[q]}: ${p.data.quad[q]}`),
              `mean Goldstein: ${p.data.goldstein === null || p.data.goldstein === undefined ? '—' : p.data.goldstein.toFixed(2)}`,
            ])
          : tip(`${names.get(p.data.id) ?? p.data.id} (${p.data.id})`, [`${p.data.value} events`]),
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 260, edgeLength: [70, 170], gravity: 0.08 },
        label: { show: true, position: 'right', fontSize: 11 },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 7,
        emphasis: { focus: 'adjacency' },
        data: net.nodes.map((n) => ({ id: n.id, name: n.id, value: n.events, symbolSize: 10 + 6 * Math.sqrt(n.events), itemStyle: { color: countryColour(n.id) } })),
        links: net.edges.map((e) => ({
          source: e.source,
          target: e.target,
          value: e.events,
          quad: e.quad,
          goldstein: e.goldstein,
          lineStyle: { width: 1 + 1.5 * Math.sqrt(e.events), color: goldsteinColour(e.goldstein), curveness: 0.15, opacity: 0.85 },
        })),
      },
    ],
  };
}

function edgeTable(net) {
  const names = new Map(net.nodes.map((n) => [n.id, n.name]));
  const edges = [...net.edges].sort((a, b) => b.events - a.events);
  return el(
    'details',
    { class: 'data-table' },
    el('summary', { text: 'The links as a table' }),
    el(
      'table',
      { class: 'compact' },
      el('thead', {}, el('tr', {}, ['Source', 'Target', 'Events', 'Mean Goldstein', ''].map((h) => el('th', { text: h })))),
      el(
        'tbody',
        {},
        edges.map((e) =>
          el(
            'tr',
            {},
            el('td', {}, actorLink(e.source, names.get(e.source))),
            el('td', {}, actorLink(e.target, names.get(e.target))),
            el('td', { class: 'num', text: e.events }),
            el('td', { class: 'num', text: e.goldstein === null || e.goldstein === undefined ? '' : e.goldstein.toFixed(2) }),
            el('td', {}, el('a', { href: hashOf('events', null, { dyad: `${e.source}-${e.target}` }), text: 'events' })),
          ),
        ),
      ),
    ),
  );
}
