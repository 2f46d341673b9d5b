/**
 * Events per category in a window: what each legend chip counts. A dated event counts when its
 * drawn interval meets `[fromMs, toMs)` (an unknown start is drawn from the chart's start);
 * undated events have no place in time and always count. Every category counts, shown or not.
 */
import type { NormalizedEvent } from '../model/types.js';
import type { Extent } from './extent.js';

/** Count per category id; `window` unset counts every event. */
export function countByCategory(events: readonly NormalizedEvent[], window?: Extent): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const inView =
      !window || e.kind === 'undated' || ((e.openStart || e.startMs < window.toMs) && e.endMs > window.fromMs);
    if (inView) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  }
  return counts;
}
