/**
 * The in-page half of the benchmark: mounts `<cocir-timeline>` with generated events and drives
 * it through its public API (SPEC §3: `zoomIn`/`zoomOut`, `visibleRange`, `categories`), where the
 * element has it. Two steps use an internal hook instead (the element's private view window), so
 * that drawing can be timed before the zoom API exists. `bench/run.mjs` calls these through
 * `page.evaluate` and reads the main thread's work and the heap over CDP around each call.
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

/** Mount, paint, unmount, `cycles` times. */
export async function cycle(cycles) {
  for (let i = 0; i < cycles; i++) {
    await mount();
    unmount();
  }
  await afterPaint();
}

export const domCount = () => el.shadowRoot.querySelectorAll('*').length;

/** A frame with nothing to do: the floor under every step's figure. */
export async function idleStep() {
  await afterPaint();
  return domCount();
}

export const hasZoom = () => typeof el?.zoomIn === 'function' && typeof el?.zoomOut === 'function';

const range = () => {
  const r = el.visibleRange;
  return r ? `${+r.from}|${+r.to}` : '';
};

/**
 * Zoom step `i`: six steps in (all years down to a month), then six out, and again; each followed
 * until the window stops moving and is painted.
 */
export async function zoomStep(i) {
  el[Math.floor(i / 6) % 2 === 0 ? 'zoomIn' : 'zoomOut']();
  await el.updateComplete;
  let last = range();
  for (let stable = 0, frames = 0; stable < 2 && frames < 120; frames++) {
    await afterPaint();
    const now = range();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  return domCount();
}

export const hasFilter = () => !!el?.constructor.elementProperties?.has('categories');

/** Step `i` of the filter toggles: even steps hide one category, odd steps show all again. */
export async function filterStep(i) {
  const hidden = CATEGORIES[(i >> 1) % CATEGORIES.length];
  el.categories = i % 2 === 0 ? CATEGORIES.filter((c) => c !== hidden) : [...CATEGORIES];
  await el.updateComplete;
  await afterPaint();
  await afterPaint();
  return domCount();
}

/**
 * Internal hook, not public API: the element's private `view` window ({fromMs, toMs}). Lets the
 * bench time one re-draw of a shifted window (a pan frame) before the zoom API exists.
 */
export const hasViewHook = () => {
  if (!el || typeof el.view?.fromMs !== 'number') return false;
  // Where `view` is a getter only (the zoom controller owns the window), the hook is not there.
  const d =
    Object.getOwnPropertyDescriptor(el, 'view') ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'view');
  return !d || 'value' in d || typeof d.set === 'function';
};

const YEAR = 365.2425 * 86_400_000;
const LADDER = [Infinity, 10 * YEAR, 5 * YEAR, 2 * YEAR, YEAR, YEAR / 4, YEAR / 12];
let full;

/**
 * Zoom step `i` through the internal hook: the calendar ladder's spans (all, 10, 5, 2 and 1 years,
 * a quarter, a month) centred on the middle of the data, six steps in, then six out, and again.
 */
export async function zoomHookStep(i) {
  full ??= el.view;
  const step = i % 12 < 6 ? (i % 6) + 1 : 5 - (i % 6);
  const span = Math.min(LADDER[step], full.toMs - full.fromMs);
  const centre = (full.fromMs + full.toMs) / 2;
  el.view = { fromMs: centre - span / 2, toMs: centre + span / 2 };
  el.requestUpdate();
  await el.updateComplete;
  await afterPaint();
  return domCount();
}

let panFrom;
/** Pan frame `i`: a ten-year window, shifted by a twentieth of it per step, and painted. */
export async function panStep(i) {
  const span = 10 * 365.25 * 86_400_000;
  panFrom ??= el.view.fromMs + (el.view.toMs - el.view.fromMs - span) / 2 - 10 * (span / 20);
  const fromMs = panFrom + i * (span / 20);
  el.view = { fromMs, toMs: fromMs + span };
  el.requestUpdate();
  await el.updateComplete;
  await afterPaint();
  return domCount();
}
