/**
 * The overview strip's ticks, merged: per category, per strip row, the pixel runs its events
 * cover. Overlapping or touching ticks become one run, so what is drawn is bounded by the strip's
 * width (runs are at least `minWidth` apart from start to start), not by the number of events.
 * One pass over the placed events, which are sorted by start.
 */
import type { PlacedEvent } from './lanes.js';

export interface OverviewRunOptions {
  /** ms → px on the strip's scale. */
  readonly x: (ms: number) => number;
  /** Rows of the strip: an event goes in row `(lane + row) % rows`. */
  readonly rows: number;
  /** Narrowest tick, in px: a day-long event still shows. */
  readonly minWidth: number;
}

/** One category's runs: `runs[row]` holds `[x0, x1, x0, x1, …]`, left to right, disjoint. */
export interface CategoryRuns {
  readonly category: string;
  readonly runs: readonly (readonly number[])[];
}

/** Runs per category, in order of first appearance; `placed` must be sorted by `fromMs`. */
export function overviewRuns(
  placed: readonly PlacedEvent[],
  { x, rows, minWidth }: OverviewRunOptions,
): CategoryRuns[] {
  const byCategory = new Map<string, number[][]>();
  const out: CategoryRuns[] = [];
  for (const p of placed) {
    const id = p.event.category;
    let runs = byCategory.get(id);
    if (!runs) {
      runs = Array.from({ length: rows }, () => []);
      byCategory.set(id, runs);
      out.push({ category: id, runs });
    }
    const x0 = x(p.fromMs);
    const x1 = x0 + Math.max(minWidth, x(p.toMs) - x0);
    const row = runs[(p.lane + p.row) % rows];
    const n = row.length;
    // Starts only grow: a tick meets the row's last run or starts a new one.
    if (n && x0 <= row[n - 1]) row[n - 1] = Math.max(row[n - 1], x1);
    else row.push(x0, x1);
  }
  return out;
}

/** An SVG path of the runs: one rectangle per run, row `r` from `top + r * pitch`, `height` tall. */
export function runsPath(runs: CategoryRuns['runs'], top: number, pitch: number, height: number): string {
  let d = '';
  runs.forEach((row, r) => {
    const y0 = round(top + r * pitch);
    const y1 = round(top + r * pitch + height);
    for (let i = 0; i < row.length; i += 2) d += `M${round(row[i])},${y0}H${round(row[i + 1])}V${y1}H${round(row[i])}z`;
  });
  return d;
}

/** A tenth of a pixel is finer than any screen shows, and keeps the path short. */
const round = (v: number) => Math.round(v * 10) / 10;
