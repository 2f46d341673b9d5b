/**
 * The view window `[fromMs, toMs)` and its calendar maths: the zoom ladder, stepping around the
 * centre, whole years, panning and clamping. Positions are counted in months (an integer for a
 * window on month boundaries), so ladder steps snap to whole months or years and never drift:
 * rounding in one direction and back in the other, zoomIn ×n then zoomOut ×n returns the start.
 */
import { windowName } from './status.js';
import { atUtcMidnight, civilDay, parseCivilDate, utcMs } from './civil-date.js';

export interface TimeWindow {
  readonly fromMs: number;
  readonly toMs: number;
}

/** Ladder steps below "all", in months: decade, 5 years, 2 years, year, quarter, month. */
export const LADDER = [120, 60, 24, 12, 3, 1] as const;

/** The narrowest window (a February): a whole calendar month always fits. */
export const MIN_SPAN_MS = 28 * 86_400_000;

/** Spans closer than this (in months, about three days) count as the same step. */
const SAME = 0.1;

/** Months since year 0 at `ms`, with the fraction of the month elapsed. */
export function monthIndex(ms: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const start = utcMs(y, m, 1);
  return y * 12 + m + (ms - start) / (utcMs(y, m + 1, 1) - start);
}

/** The instant at month position `index` (inverse of `monthIndex`). */
export function monthMs(index: number): number {
  const whole = Math.floor(index);
  const y = Math.floor(whole / 12);
  const start = utcMs(y, whole - y * 12, 1);
  if (whole === index) return start;
  return Math.round(start + (index - whole) * (utcMs(y, whole - y * 12 + 1, 1) - start));
}

/** Width of a window in months (fractional). */
export function spanMonths(w: TimeWindow): number {
  return monthIndex(w.toMs) - monthIndex(w.fromMs);
}

/** The window moved and narrowed to lie inside `bounds`, and widened to at least `MIN_SPAN_MS`. */
export function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const max = bounds.toMs - bounds.fromMs;
  let { fromMs, toMs } = w;
  if (!(toMs - fromMs <= max)) return bounds;
  if (toMs - fromMs < MIN_SPAN_MS) {
    const centre = Math.round((fromMs + toMs) / 2);
    fromMs = centre - MIN_SPAN_MS / 2;
    toMs = fromMs + MIN_SPAN_MS;
  }
  // Slide by whole months, not milliseconds: a window on year boundaries stays on them.
  if (fromMs < bounds.fromMs) {
    toMs = Math.min(bounds.toMs, monthMs(monthIndex(toMs) + monthIndex(bounds.fromMs) - monthIndex(fromMs)));
    fromMs = bounds.fromMs;
  } else if (toMs > bounds.toMs) {
    fromMs = Math.max(bounds.fromMs, monthMs(monthIndex(fromMs) + monthIndex(bounds.toMs) - monthIndex(toMs)));
    toMs = bounds.toMs;
  }
  return { fromMs, toMs };
}

/** Whether two windows are the same to the millisecond. */
export function sameWindow(a: TimeWindow | undefined, b: TimeWindow | undefined): boolean {
  return a?.fromMs === b?.fromMs && a?.toMs === b?.toMs;
}

/**
 * A window `months` wide centred on `w`'s centre, starting on a year (for whole-year steps) or a
 * month. `round` breaks ties: half up when zooming in, half down when zooming out, so that the
 * two undo each other.
 */
function centred(w: TimeWindow, months: number, round: (x: number) => number): TimeWindow {
  const centre = (monthIndex(w.fromMs) + monthIndex(w.toMs)) / 2;
  const unit = months % 12 ? 1 : 12;
  const start = unit * round((centre - months / 2) / unit);
  return { fromMs: monthMs(start), toMs: monthMs(start + months) };
}

const roundUp = (x: number) => Math.floor(x + 0.5);
const roundDown = (x: number) => Math.ceil(x - 0.5);

/**
 * One ladder step in: the widest step narrower than the window, around its centre, or around the
 * middle of the part of `around` in it (a focused event's time). At a month, the window as it is.
 */
export function zoomIn(w: TimeWindow, bounds: TimeWindow, around?: readonly [number, number]): TimeWindow {
  const span = spanMonths(w);
  const step = LADDER.find((m) => m < span - SAME);
  return step ? clampWindow(centred(around ? centredOn(w, around) : w, step, roundUp), bounds) : clampWindow(w, bounds);
}

/** `w` moved to centre on the middle of the part of `[from, to)` in it. */
function centredOn(w: TimeWindow, [from, to]: readonly [number, number]): TimeWindow {
  const half = (w.toMs - w.fromMs) / 2;
  const centre = (Math.max(from, w.fromMs) + Math.min(to, w.toMs)) / 2;
  return { fromMs: centre - half, toMs: centre + half };
}

/** One ladder step out: the narrowest step wider than the window, or all of `bounds`. */
export function zoomOut(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const span = spanMonths(w);
  const step = [...LADDER].reverse().find((m) => m > span + SAME);
  if (!step || step >= spanMonths(bounds) - SAME) return bounds;
  return clampWindow(centred(w, step, roundDown), bounds);
}

/** Whether `zoomIn` would narrow the window. */
export function canZoomIn(w: TimeWindow): boolean {
  return spanMonths(w) > 1 + SAME;
}

/** Whether the window is narrower than `bounds`. */
export function canZoomOut(w: TimeWindow, bounds: TimeWindow): boolean {
  return !sameWindow(w, bounds);
}

/** A year: an integer, or its digits as text (an input's value, in a page's script); else undefined. */
function yearOf(y: unknown): number | undefined {
  const n = typeof y === 'string' && /^\s*\d+\s*$/.test(y) ? +y : y;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/** The years `first` to `last` inclusive (in either order), from 1 January to 1 January. */
export function yearsWindow(first: number | string, last: number | string, bounds: TimeWindow): TimeWindow | undefined {
  const [f, l] = [yearOf(first), yearOf(last)];
  if (f === undefined || l === undefined) return undefined;
  const [a, b] = f <= l ? [f, l] : [l, f];
  return clampWindow({ fromMs: utcMs(a, 0, 1), toMs: utcMs(b + 1, 0, 1) }, bounds);
}

/** How far one pan step moves, in months: paging by year from a year's width, by month below. */
export function panStep(w: TimeWindow): number {
  const span = spanMonths(w);
  return span >= 96 - SAME ? 24 : span >= 12 - SAME ? 12 : 1;
}

/** The window moved by `steps` pan steps (negative: back in time), kept inside `bounds`. */
export function panWindow(w: TimeWindow, steps: number, bounds: TimeWindow): TimeWindow {
  const by = steps * panStep(w);
  const from = monthIndex(w.fromMs) + by;
  const to = monthIndex(w.toMs) + by;
  return clampWindow({ fromMs: monthMs(from), toMs: monthMs(to) }, bounds);
}

/** The unit windows of this width align to: 12 months from a year's width, else 1. */
function alignUnit(w: TimeWindow): number {
  return spanMonths(w) >= 12 - SAME ? 12 : 1;
}

/** The window, as wide as `w`, starting with the year (or month) that holds `ms`. */
export function windowFrom(w: TimeWindow, ms: number, bounds: TimeWindow): TimeWindow {
  const unit = alignUnit(w);
  const start = unit * Math.floor(monthIndex(ms) / unit);
  const span = spanMonths(w);
  return clampWindow({ fromMs: monthMs(start), toMs: monthMs(start + span) }, bounds);
}

/** The window, as wide as `w`, ending with the year (or month) that holds the instant before `ms`. */
export function windowTo(w: TimeWindow, ms: number, bounds: TimeWindow): TimeWindow {
  const unit = alignUnit(w);
  const end = unit * Math.ceil(monthIndex(ms) / unit);
  const span = spanMonths(w);
  return clampWindow({ fromMs: monthMs(end - span), toMs: monthMs(end) }, bounds);
}

/**
 * The window, as wide as `w`, that shows `[fromMs, toMs)`: `w` itself if it shows any of it,
 * else moved to start with the year (or month) of an item after it, or to end with that of an
 * item before it, so that stepping through items pages the view in their direction.
 */
export function windowShowing(w: TimeWindow, fromMs: number, toMs: number, bounds: TimeWindow): TimeWindow {
  if (fromMs < w.toMs && toMs > w.fromMs) return w;
  return toMs <= w.fromMs ? windowTo(w, toMs, bounds) : windowFrom(w, fromMs, bounds);
}

/**
 * The window asked for by `from`/`to` date strings, inclusive at their precision (`from="2008"
 * to="2013"`: 1 January 2008 to the end of 2013). A missing or invalid end falls back to `bounds`.
 * Frameworks that set properties may pass a year as a number, or a Date: its day where it is
 * midnight, UTC (`Date.UTC(2013, 0, 1)`) or else local (a date picker's `new Date(2013, 0, 1)`).
 * Any other value is invalid.
 */
export function requestedWindow(from: unknown, to: unknown, bounds: TimeWindow): TimeWindow {
  const a = civilDateOf(from);
  const b = civilDateOf(to);
  if (!a && !b) return bounds;
  const fromMs = a && b ? Math.min(a.startMs, b.startMs) : (a?.startMs ?? bounds.fromMs);
  const toMs = a && b ? Math.max(a.endMs, b.endMs) : (b?.endMs ?? bounds.toMs);
  return fromMs < toMs ? clampWindow({ fromMs, toMs }, bounds) : bounds;
}

/** A Date's day: at UTC midnight its UTC day, else its local day. */
function dayOf(d: Date) {
  return atUtcMidnight(+d)
    ? civilDay(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
    : civilDay(d.getFullYear(), d.getMonth(), d.getDate());
}

function civilDateOf(value: unknown) {
  if (value instanceof Date) return Number.isNaN(+value) ? undefined : dayOf(value);
  const text =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' && Number.isInteger(value)
        ? String(value)
        : '';
  return text ? parseCivilDate(text) : undefined;
}

/** The window as a reader says it: "2008–2013", "June – August 2011", "3 – 30 March 2013". */
export function formatWindow(w: TimeWindow, locale: string): string {
  return windowName(w.fromMs, w.toMs, locale);
}
