/**
 * The axis's labels for a view: a row of ticks at the finest calendar step whose labels fit
 * (days, months or years), and under it a row naming the wider unit they belong to (the month
 * and year under days, the year under months). Labels stand just after their tick and never
 * overlap: the step is chosen from measured label widths, and a wider unit's label that would
 * meet the next one is dropped. The label of the unit the view starts in sticks to the left edge.
 * O(labels) per frame; widths come from a cached canvas measure.
 */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { dateFormat } from '../model/civil-date.js';

export type AxisUnit = 'day' | 'month' | 'year';

/** A label on the axis: the calendar unit it names (`[fromMs, toMs)`) and where it stands. */
export interface AxisLabel {
  readonly text: string;
  readonly unit: AxisUnit;
  readonly fromMs: number;
  readonly toMs: number;
  /** Where the tick stands (the unit's start), in px. */
  readonly x: number;
  /** Left edge of the text, in px. */
  readonly left: number;
}

export interface AxisTicks {
  /** First row: ticks with their labels; `major` where a wider unit begins too. */
  readonly ticks: readonly (AxisLabel & { readonly major: boolean })[];
  /** Second row: the wider units (months or years) the ticks fall in. */
  readonly spans: readonly AxisLabel[];
}

export interface AxisTickOptions {
  readonly locale: string;
  readonly width: number;
  readonly textWidth: (text: string) => number;
  /** Width of a second-row label, drawn bolder (default: `textWidth`). */
  readonly spanTextWidth?: (text: string) => number;
  /** Gap between a tick and its label, and least room between two labels, in px. */
  readonly inset?: number;
  readonly gap?: number;
}

interface Step {
  readonly unit: AxisUnit;
  readonly interval: TimeInterval;
  /** The shortest distance between two ticks, in days. */
  readonly minDays: number;
  readonly format: Intl.DateTimeFormatOptions;
}

const daysOfMonth = (days: number[]) => utcDay.filter((d) => days.includes(d.getUTCDate()));
const every = (interval: CountableTimeInterval, n: number) => interval.every(n)!;

/** Finest first. Day steps restart each month so that no two labels crowd at a month's end. */
const STEPS: readonly Step[] = [
  { unit: 'day', interval: utcDay, minDays: 1, format: { day: 'numeric' } },
  { unit: 'day', interval: daysOfMonth([1, 8, 15, 22]), minDays: 7, format: { day: 'numeric' } },
  { unit: 'day', interval: daysOfMonth([1, 15]), minDays: 13, format: { day: 'numeric' } },
  { unit: 'month', interval: utcMonth, minDays: 28, format: { month: 'short' } },
  { unit: 'month', interval: every(utcMonth, 3), minDays: 89, format: { month: 'short' } },
  { unit: 'month', interval: every(utcMonth, 6), minDays: 181, format: { month: 'short' } },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n): Step => ({
    unit: 'year',
    interval: every(utcYear, n),
    minDays: 365 * n,
    format: { year: 'numeric' },
  })),
];

interface Wider {
  readonly interval: TimeInterval;
  readonly unit: AxisUnit;
  readonly minDays: number;
  readonly format: Intl.DateTimeFormatOptions;
}

/** The unit the second row names, under each unit of the first. */
const WIDER: Record<AxisUnit, Wider | undefined> = {
  day: { interval: utcMonth, unit: 'month', minDays: 28, format: { month: 'long', year: 'numeric' } },
  month: { interval: utcYear, unit: 'year', minDays: 365, format: { year: 'numeric' } },
  year: undefined,
};

const UNIT: Record<AxisUnit, TimeInterval> = { day: utcDay, month: utcMonth, year: utcYear };

export function axisTicks(
  x: (ms: number) => number,
  view: readonly [number, number],
  options: AxisTickOptions,
): AxisTicks {
  const { locale, width, textWidth, spanTextWidth = textWidth, inset = 4, gap = 12 } = options;
  const pxPerDay = x(view[0] + 86_400_000) - x(view[0]) || 0;
  const inView = (interval: TimeInterval) => interval.range(new Date(view[0]), new Date(view[1] + 1));
  /** The second row's units overlapping the view, labelled. */
  const widerIn = (wider: Wider) => {
    const format = dateFormat(locale, wider.format);
    return wider.interval
      .range(wider.interval.floor(new Date(view[0])), new Date(view[1]))
      .map((d) => ({ d, text: format.format(d) }));
  };

  let chosen: { step: Step; labels: AxisLabel[] } | undefined;
  for (const step of STEPS) {
    const room = step.minDays * pxPerDay;
    if (room < 16 + gap) continue; // no label is narrower than a digit or two: don't build them
    const format = dateFormat(locale, step.format);
    const labels = inView(step.interval).map((d): AxisLabel => {
      const ms = +d;
      const at = x(ms);
      return {
        text: format.format(d),
        unit: step.unit,
        fromMs: ms,
        toMs: +UNIT[step.unit].offset(d),
        x: at,
        left: at + inset,
      };
    });
    const wider = WIDER[step.unit];
    const widerRoom = wider ? wider.minDays * pxPerDay : Infinity;
    if (
      labels.every((l) => inset + textWidth(l.text) + gap <= room) &&
      (!wider || widerIn(wider).every((w) => inset + spanTextWidth(w.text) + gap <= widerRoom))
    ) {
      chosen = { step, labels };
      break;
    }
  }
  if (!chosen) return { ticks: [], spans: [] };

  // A label that would run past the right edge is left out; its tick and grid line stay.
  const fits = (l: AxisLabel, right: number, width = textWidth) => l.left + width(l.text) <= right;
  const wider = WIDER[chosen.step.unit];
  const units = wider ? widerIn(wider) : [];
  const spans: AxisLabel[] = [];
  for (const { d, text } of units) {
    const fromMs = +d;
    const toMs = +wider!.interval.offset(d);
    const at = x(fromMs);
    const label: AxisLabel = { text, unit: wider!.unit, fromMs, toMs, x: at, left: Math.max(at, 0) + inset };
    if (fits(label, Math.min(x(toMs) - gap, width), spanTextWidth)) spans.push(label);
  }
  const starts = new Set(units.map((u) => +u.d));
  const ticks = chosen.labels.map((l) => ({ ...l, text: fits(l, width) ? l.text : '', major: starts.has(l.fromMs) }));
  return { ticks, spans };
}
