/**
 * The in-page half of the benchmark for vis-timeline, the peer the issue measures against: the
 * same calls as bench/harness.mjs (prepare, mount, zoomStep …) over the same generated events,
 * through vis-timeline's public API. Its standalone build (`window.vis`) and its stylesheet are on
 * the page.
 *
 * Mapped as a user of vis would, when the timed mount starts (the component, too, reads the
 * records then): one group per category; a box per point event dated to the day, a range over a
 * year or month, a range per span (an ongoing one up to the end of today, as the component draws
 * it); the title as the item's content; otherwise vis's defaults. Zoom steps are `setWindow`
 * calls through the component's ladder (all the years, 10, 5, 2 and 1 years, a quarter, a month,
 * around the centre), animated over 200 ms unless reduced motion is asked for. Pan frames move the
 * window by 8 px (vis reads pointers through Hammer.js, which synthetic mouse events do not reach).
 */
import { CATEGORIES, generateEvents } from './data.mjs';
import { afterPaint, cycleWith, settle } from './harness.mjs';

const { Timeline, DataSet } = window.vis;
const MONTH_MS = (365.2425 / 12) * 86_400_000;
/** The component's zoom ladder below all years, in months (src/model/zoom-window.ts). */
const LADDER = [120, 60, 24, 12, 3, 1];

let events = [];
let timeline;
let groups;
/** The seven windows of the zoom steps, widest first. */
let windows = [];
const box = () => document.getElementById('box');

/** `[from, to)` of a date string (year, month or day), in UTC ms. */
function interval(date) {
  const [y, m, d] = date.split('-').map(Number);
  const from = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const to = d ? Date.UTC(y, m - 1, d + 1) : m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return [from, to];
}

function itemsOf(records) {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return records.map((e) => {
    const [from, to] = interval(e.start);
    const item = { id: e.id, group: e.category, content: e.title, start: new Date(from) };
    if (e.end) item.end = new Date(e.end === 'ongoing' ? today : interval(e.end)[1]);
    else if (!/-\d\d-/.test(e.start)) item.end = new Date(to);
    return item;
  });
}

export function prepare(n) {
  events = generateEvents(n);
  return events.length;
}

/** What the chart shows: the first axis labels' places and texts, which change with the window. */
const shown = () =>
  [...box().querySelectorAll('.vis-time-axis .vis-text')]
    .slice(0, 3)
    .map((t) => t.style.cssText + t.textContent)
    .join('|');

/**
 * Mounts a timeline of the data over all its years (vis fits its window to the items), as the
 * component's first view: to the paint after vis reports its first drawing complete, and after any
 * frames it draws until it settles. (With a `start` and `end` given, vis 8.5 never completes it.)
 */
export async function mount() {
  unmount();
  const t0 = performance.now();
  groups = new DataSet(CATEGORIES.map((id) => ({ id, content: id })));
  const items = new DataSet(itemsOf(events));
  await new Promise((onInitialDrawComplete) => {
    timeline = new Timeline(box(), items, groups, { onInitialDrawComplete });
  });
  // Its fitted window is set by then, but drawn only at the next change: draw it.
  timeline.redraw();
  await afterPaint();
  const ms = (await settle(shown)).at - t0;
  const { start, end } = timeline.getWindow();
  const mid = (+start + +end) / 2;
  windows = [+end - +start, ...LADDER.map((months) => months * MONTH_MS)].map((w) => [mid - w / 2, mid + w / 2]);
  const marks = box().querySelectorAll('.vis-item:is(.vis-box, .vis-range, .vis-point)').length;
  return { ms, loaded: items.length, errors: 0, dom: domCount(), marks, clusters: 0 };
}

export function unmount() {
  timeline?.destroy();
  timeline = undefined;
}

export const cycle = (cycles) => cycleWith(cycles, { mount, unmount });

export const domCount = () => box().querySelectorAll('*').length;

export async function idleStep() {
  await afterPaint();
  return domCount();
}

export const hasZoom = () => true;

/** Zoom step `i`, as bench/harness.mjs: six in, six out; followed until the drawing stops moving. */
export async function zoomStep(i) {
  const out = Math.floor(i / 6) % 2 === 1;
  const [from, to] = windows[out ? 5 - (i % 6) : (i % 6) + 1];
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  timeline.setWindow(from, to, { animation: still ? false : { duration: 200, easingFunction: 'easeInOutQuad' } });
  const { moved } = await settle(shown);
  return { dom: domCount(), frames: moved };
}

let pan;
/** Pan frame `i`: a ten-year view moved 8 px a frame, to and fro. */
export async function panStep(i) {
  if (i === 0) {
    pan = [Date.UTC(2005, 0, 1), Date.UTC(2015, 0, 1)];
    timeline.setWindow(...pan, { animation: false });
    await afterPaint();
  }
  const msPerPx = (pan[1] - pan[0]) / box().querySelector('.vis-panel.vis-center').clientWidth;
  const dx = (i % 20 < 10 ? 1 : -1) * 8 * msPerPx;
  pan = pan.map((ms) => ms + dx);
  timeline.setWindow(...pan, { animation: false });
  await afterPaint();
  return { dom: domCount(), frames: 1 };
}

export const panEnd = () => afterPaint();

export const hasFilter = () => true;

/** Step `i` of the filter toggles: even steps hide one category's group, odd steps show all again. */
export async function filterStep(i) {
  const hidden = CATEGORIES[(i >> 1) % CATEGORIES.length];
  groups.update(i % 2 === 0 ? { id: hidden, visible: false } : CATEGORIES.map((id) => ({ id, visible: true })));
  await afterPaint();
  await afterPaint();
  return domCount();
}
