/** The time extent the chart shows when it fits the data: whole years, plus a small margin. */
import { utcYear } from 'd3-time';
import type { NormalizedEvent } from '../model/types.js';

export interface Extent {
  readonly fromMs: number;
  readonly toMs: number;
}

/** Whole UTC years around every dated event (open starts excluded), with `marginYears` either side. */
export function dataExtent(events: readonly NormalizedEvent[], marginYears = 1): Extent | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.kind === 'undated') continue;
    // An unknown start still covers the last instant of its known end.
    const start = Number.isNaN(e.startMs) ? e.endMs - 1 : e.startMs;
    if (start < lo) lo = start;
    if (e.endMs > hi) hi = e.endMs;
  }
  if (!(lo < hi)) return undefined;
  return {
    fromMs: utcYear.offset(utcYear.floor(new Date(lo)), -marginYears).getTime(),
    toMs: utcYear.offset(utcYear.ceil(new Date(hi)), marginYears).getTime(),
  };
}
