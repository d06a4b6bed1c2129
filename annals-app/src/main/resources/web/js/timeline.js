// Dyad timeline: events per period stacked by quad class, and the mean Goldstein score as a line.
// Clicking a period (anywhere in its column) lists its events under the chart.
import { el, field, notice, select } from './dom.js';
import { getJson } from './api.js';
import { formParams, go } from './route.js';
import { eventsTable, QUAD_COLOURS, QUADS } from './format.js';
import { chart, tip } from './charts.js';

const SERIES_FILTERS = ['dyad', 'actor', 'cameo', 'from', 'to'];
export const GRID = { left: 56, right: 64, top: 48, bottom: 64 };

export async function render(root, { params }, ctx) {
  const filters = Object.fromEntries(SERIES_FILTERS.filter((k) => params[k]).map((k) => [k, params[k]]));
  const interval = ['day', 'week', 'month'].includes(params.interval) ? params.interval : 'month';
  root.append(el('h1', { class: 'visually-hidden', text: 'Timeline' }), form(params, interval));
  const series = await getJson('series', { ...filters, interval });
  const points = series.points ?? [];
  root.dataset.points = points.length;
  if (!points.length) {
    root.append(notice('No dated event matches these filters.'));
    return;
  }
  const box = el('div', { class: 'chart', id: 'timeline-chart' });
  const listing = el('section', { class: 'period-events', 'aria-live': 'polite' }, el('p', { class: 'muted', text: 'Click a period to list its events.' }));
  root.append(el('p', { class: 'total', text: title(filters, series.interval ?? interval, points) }), box, listing);
  const instance = await chart(box, ctx);
  instance.setOption(option(points));
  const show = (i) => showPeriod(listing, filters, points[i], ctx);
  instance.getZr().on('click', (e) => {
    if (!instance.containPixel('grid', [e.offsetX, e.offsetY])) return;
    const [x] = instance.convertFromPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY]);
    const i = Math.round(x);
    if (points[i]) show(i);
  });
  root.append(dataTable(points, show));
}

function form(params, interval) {
  const f = el(
    'form',
    { class: 'filters' },
    field('Dyad', el('input', { name: 'dyad', value: params.dyad ?? '', placeholder: 'RUS-IRN', size: 12 })),
    field('Actor', el('input', { name: 'actor', value: params.actor ?? '', placeholder: 'RUSGOV', size: 9 })),
    field('CAMEO', el('input', { name: 'cameo', value: params.cameo ?? '', placeholder: '04', size: 6 })),
    field('From', el('input', { name: 'from', type: 'date', value: params.from ?? '' })),
    field('To', el('input', { name: 'to', type: 'date', value: params.to ?? '' })),
    field('Per', select('interval', [['day', 'day'], ['week', 'week'], ['month', 'month']], interval)),
    el('button', { type: 'submit', text: 'Draw' }),
  );
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    go('timeline', null, formParams(f));
  });
  return f;
}

function title(filters, interval, points) {
  const total = points.reduce((n, p) => n + p.events, 0);
  const who = filters.dyad ? `dyad ${filters.dyad}` : filters.actor ? `actor ${filters.actor}` : 'all actors';
  return `${total} events of ${who} per ${interval}, ${points[0].period} to ${points[points.length - 1].end}`;
}

function option(points) {
  const bars = [1, 2, 3, 4].map((q) => ({
    name: QUADS[q],
    type: 'bar',
    stack: 'quad',
    itemStyle: { color: QUAD_COLOURS[q] },
    data: points.map((p) => p.quad?.[q] ?? 0),
  }));
  const line = {
    name: 'mean Goldstein',
    type: 'line',
    yAxisIndex: 1,
    symbolSize: 7,
    itemStyle: { color: '#17263d' },
    data: points.map((p) => (p.goldstein === null || p.goldstein === undefined ? null : Math.round(p.goldstein * 100) / 100)),
  };
  return {
    animation: false,
    grid: GRID,
    legend: { top: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (items) => tooltip(points, items) },
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1 },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
    ],
    dataZoom: points.length > 40 ? [{ type: 'inside' }, { type: 'slider', bottom: 8 }] : [],
    series: [...bars, line],
  };
}

function tooltip(points, items) {
  const p = points[items[0]?.dataIndex];
  if (!p) return '';
  const lines = [1, 2, 3, 4].filter((q) => p.quad?.[q]).map((q) => `${QUADS[q]}: ${p.quad[q]}`);
  lines.push(`mean Goldstein: ${p.goldstein === null || p.goldstein === undefined ? '—' : p.goldstein.toFixed(2)}`);
  return tip(`${p.period} – ${p.end}: ${p.events} events`, lines);
}

async function showPeriod(listing, filters, point, ctx) {
  listing.replaceChildren(el('p', { class: 'muted', text: `Events of ${point.period} to ${point.end}…` }));
  const result = await getJson('events', { ...filters, from: point.period, to: point.end, limit: 200 });
  if (ctx.stale()) return;
  listing.dataset.period = point.period;
  listing.replaceChildren(
    el('h2', { text: `${point.period} to ${point.end}: ${result.total} event${result.total === 1 ? '' : 's'}` }),
    result.events.length ? eventsTable(result.events) : notice('No event in this period.'),
  );
}

function dataTable(points, show) {
  return el(
    'details',
    { class: 'data-table' },
    el('summary', { text: 'The numbers' }),
    el(
      'table',
      { class: 'compact' },
      el('thead', {}, el('tr', {}, ['Period', 'Events', ...[1, 2, 3, 4].map((q) => QUADS[q]), 'Mean Goldstein'].map((h) => el('th', { text: h })))),
      el(
        'tbody',
        {},
        points.map((p, i) =>
          el(
            'tr',
            {},
            el('td', {}, el('a', { href: '#', onclick: (e) => { e.preventDefault(); show(i); }, text: `${p.period} – ${p.end}` })),
            el('td', { class: 'num', text: p.events }),
            [1, 2, 3, 4].map((q) => el('td', { class: 'num', text: p.quad?.[q] ?? 0 })),
            el('td', { class: 'num', text: p.goldstein === null || p.goldstein === undefined ? '' : p.goldstein.toFixed(2) }),
          ),
        ),
      ),
    ),
  );
}
