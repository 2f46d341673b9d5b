/**
 * The in-page half of the benchmark: mounts `<cocir-timeline>` with generated events and drives
 * it through its public API (SPEC §3: `zoomIn`/`zoomOut`, `zoomToYears`, `visibleRange`,
 * `categories`) and real mouse events. `bench/run.mjs` calls these through `page.evaluate` and
 * reads the main thread's work and the heap over CDP around each call.
 */
import { CATEGORIES, generateEvents } from './data.mjs';

let data = [];
let el;
const box = () => document.getElementById('box');

/** Resolves in the task after the next frame's paint: a rAF, then a message posted from it. */
export function afterPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close(); // an open port with a listener would outlive the frame
        resolve();
      };
      channel.port2.postMessage(0);
    }),
  );
}

export function prepare(n) {
  data = generateEvents(n);
  return data.length;
}

/**
 * Mounts a fresh element holding the data; resolves with the time from setting `events` to the
 * paint that shows it, and what the element reported.
 */
export async function mount() {
  el?.remove();
  el = document.createElement('cocir-timeline');
  let loaded = -1;
  let errors = 0;
  el.addEventListener('cocir-load', (e) => (loaded = e.detail.count));
  el.addEventListener('cocir-error', () => errors++);
  const t0 = performance.now();
  el.events = data;
  box().append(el);
  await el.updateComplete;
  await afterPaint();
  const ms = performance.now() - t0;
  const count = (selector) => el.shadowRoot.querySelectorAll(selector).length;
  return { ms, loaded, errors, dom: domCount(), marks: count('g.mark'), clusters: count('.cluster') };
}

export function unmount() {
  el?.remove();
  el = undefined;
}

/** Mount, paint, unmount, `cycles` times (with a harness's own `mount` and `unmount`). */
export async function cycleWith(cycles, { mount, unmount }) {
  for (let i = 0; i < cycles; i++) {
    await mount();
    unmount();
  }
  await afterPaint();
}

export const cycle = (cycles) => cycleWith(cycles, { mount, unmount });

export const domCount = () => el.shadowRoot.querySelectorAll('*').length;

/** A frame with nothing to do: the floor under every step's figure. */
export async function idleStep() {
  await afterPaint();
  return domCount();
}

export const hasZoom = () => typeof el?.zoomIn === 'function' && typeof el?.zoomOut === 'function';

/** What the chart shows: the axis ticks' places, which move in every frame of a glide. */
const drawn = () =>
  [...el.shadowRoot.querySelectorAll('.axis .tick')]
    .slice(0, 3)
    .map((t) => t.getAttribute('transform'))
    .join('|');

/**
 * Follows what is drawn (`signature()` tells it) until it has not changed for two painted frames.
 * Returns the frames that moved (1 without motion) and the time of the paint that showed the last
 * change (or of the call, without any).
 */
export async function settle(signature) {
  let last = signature();
  let moved = 1;
  let at = performance.now();
  for (let stable = 0, frames = 0; stable < 2 && frames < 120; frames++) {
    await afterPaint();
    const now = signature();
    stable = now === last ? stable + 1 : 0;
    if (now !== last) [moved, at] = [moved + 1, performance.now()];
    last = now;
  }
  return { moved, at };
}

/**
 * Zoom step `i`: six steps in (all years down to a month), then six out, and again; each followed
 * until the window stops moving and is painted. Returns the DOM size and the frames that moved
 * (1 without motion; about 12 with the 200 ms glide).
 */
export async function zoomStep(i) {
  el[Math.floor(i / 6) % 2 === 0 ? 'zoomIn' : 'zoomOut']();
  await el.updateComplete;
  const { moved } = await settle(drawn);
  return { dom: domCount(), frames: moved };
}

/** The chart's box in the viewport, for the pointer steps. */
const plotBox = () => el.shadowRoot.querySelector('svg.plot').getBoundingClientRect();

let drag;
/**
 * Pan frame `i`: a ten-year view dragged by the mouse, 8 px per painted frame, to and fro (real
 * `mousedown`/`mousemove` events, as d3-zoom receives them; one press for all the steps).
 */
export async function panStep(i) {
  if (i === 0) {
    el.zoomToYears(2005, 2014);
    await el.updateComplete;
    await afterPaint();
    const box = plotBox();
    drag = { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 200) };
    const at = { clientX: drag.x, clientY: drag.y, bubbles: true, composed: true, view: window, button: 0 };
    el.shadowRoot.querySelector('svg.plot').dispatchEvent(new MouseEvent('mousedown', at));
  }
  drag.x += (i % 20 < 10 ? 1 : -1) * 8;
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: drag.x, clientY: drag.y, bubbles: true, view: window }));
  await afterPaint();
  return { dom: domCount(), frames: 1 };
}

/** Ends the drag of the pan steps. */
export async function panEnd() {
  window.dispatchEvent(new MouseEvent('mouseup', { clientX: drag.x, clientY: drag.y, bubbles: true, view: window }));
  await afterPaint();
}

export const hasFilter = () => !!el?.constructor.elementProperties?.has('categories');

/** Back to all years (the view the filter steps start from), the glide there ended and painted. */
export async function resetView() {
  el.resetZoom();
  await el.updateComplete;
  await settle(drawn);
}

/**
 * Step `i` of the filter toggles: even steps hide one category, odd steps show all again; each
 * followed until the lanes' 200 ms slide into their new places has ended and is painted.
 */
export async function filterStep(i) {
  const hidden = CATEGORIES[(i >> 1) % CATEGORIES.length];
  el.categories = i % 2 === 0 ? CATEGORIES.filter((c) => c !== hidden) : [...CATEGORIES];
  await el.updateComplete;
  await afterPaint();
  await Promise.all(el.shadowRoot.getAnimations().map((a) => a.finished.catch(() => {})));
  await afterPaint();
  return domCount();
}
