// ECharts and the world outline, from the webjars the server serves (org.webjars.npm:echarts; the
// outline is the world.json that ECharts 4.1.0's webjar ships, unpacked at build time). Loaded on
// first use. Charts render to canvas; tooltips are DOM elements we build, so no inline style and
// no HTML string reaches the page.
const ECHARTS = '../webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const WORLD = 'webjars/echarts/4.1.0/map/json/world.json';

let library = null;
let world = null;

/** The echarts module. */
export function echarts() {
  library ??= import(ECHARTS);
  return library;
}

/** A chart in container, disposed when the view is left and resized with the window. */
export async function chart(container, ctx) {
  const lib = await echarts();
  const instance = lib.init(container, null, { renderer: 'canvas' });
  if (ctx.stale()) {
    instance.dispose();
    throw new Error('the view was left before its chart was drawn');
  }
  const resize = () => instance.resize();
  window.addEventListener('resize', resize);
  ctx.onLeave(() => {
    window.removeEventListener('resize', resize);
    instance.dispose();
  });
  return instance;
}

/** Registers the 'world' map (country outlines) once; false when the outline cannot be loaded. */
export async function worldMap() {
  world ??= (async () => {
    const lib = await echarts();
    const response = await fetch(WORLD);
    if (!response.ok) return false;
    lib.registerMap('world', await response.json());
    return true;
  })();
  return world;
}

/** A tooltip body: a bold first line and plain lines, as elements. */
export function tip(title, lines) {
  const box = document.createElement('div');
  box.className = 'chart-tip';
  const head = document.createElement('strong');
  head.textContent = title;
  box.append(head);
  for (const line of lines) {
    const div = document.createElement('div');
    div.textContent = line;
    box.append(div);
  }
  return box;
}
