// The single-page shell: routes #/VIEW[/ARG][?PARAMS] to a view module, which renders into <main>.
// Each route renders into a fresh page element, so a render that ends after the next route began
// writes into a detached one. #view carries data-view, data-generation and, once done, data-ready.
import { el, notice } from './dom.js';
import { explain, getJson } from './api.js';
import { parseHash } from './route.js';

const VIEWS = {
  search: () => import('./search.js'),
  article: () => import('./reader.js'),
  events: () => import('./events.js'),
  timeline: () => import('./timeline.js'),
  network: () => import('./network.js'),
  map: () => import('./map.js'),
  actor: () => import('./actor.js'),
};

let generation = 0;
let leaving = [];

async function route() {
  const mine = ++generation;
  for (const fn of leaving.splice(0)) fn();
  const r = parseHash(location.hash, Object.keys(VIEWS));
  const view = document.getElementById('view');
  const page = el('div', { class: 'page' });
  view.replaceChildren(page);
  for (const key of Object.keys(view.dataset)) delete view.dataset[key];
  view.dataset.view = r.view;
  view.dataset.generation = String(mine);
  document.body.classList.add('loading');
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.view === r.view);
  const ctx = { onLeave: (fn) => leaving.push(fn), stale: () => mine !== generation };
  try {
    const module = await VIEWS[r.view]();
    await module.render(page, r, ctx);
  } catch (e) {
    if (ctx.stale()) return;
    page.append(notice(explain(e), 'error'));
    console.error(e);
  } finally {
    if (!ctx.stale()) {
      view.dataset.ready = 'true';
      document.body.classList.remove('loading');
    }
  }
}

async function health() {
  const slot = document.getElementById('health');
  try {
    const h = await getJson('health');
    slot.replaceChildren(el('span', { text: `${h.articles.toLocaleString('en')} articles · Annals ${h.version}` }));
  } catch (e) {
    slot.replaceChildren(el('span', { class: 'bad', text: explain(e) }));
  }
}

window.addEventListener('hashchange', route);
route();
health();
