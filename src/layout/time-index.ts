/**
 * Which placed events overlap a window, without looking at the others: a binary search over the
 * sorted starts, and a running maximum of ends so that long spans begun earlier are found too.
 */
import type { PlacedEvent } from './lanes.js';

export class TimeIndex {
  private readonly starts: Float64Array;
  private readonly maxEnds: Float64Array;

  /** `placed` must be sorted by `fromMs` (as `assignLanes` returns it). */
  constructor(private readonly placed: readonly PlacedEvent[]) {
    const n = placed.length;
    this.starts = new Float64Array(n);
    this.maxEnds = new Float64Array(n);
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      this.starts[i] = placed[i].fromMs;
      max = Math.max(max, placed[i].toMs);
      this.maxEnds[i] = max;
    }
  }

  /** Events whose drawn interval meets `[fromMs, toMs)`, in start order. */
  query(fromMs: number, toMs: number): PlacedEvent[] {
    const end = lowerBound(this.starts, toMs);
    const begin = lowerBound(this.maxEnds, fromMs, true);
    const out: PlacedEvent[] = [];
    for (let i = begin; i < end; i++) {
      if (this.placed[i].toMs > fromMs) out.push(this.placed[i]);
    }
    return out;
  }
}

/** First index whose value is ≥ `value` (> `value` when `strict`). */
function lowerBound(values: Float64Array, value: number, strict = false): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? values[mid] <= value : values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
