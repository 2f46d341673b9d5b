/**
 * What the legend, the summary and the list of undated events count, each in one pass.
 *
 * Events per category in a window: what each legend chip counts. A dated event counts when its
 * drawn interval meets `[fromMs, toMs)` (an unknown start is drawn from the chart's start);
 * undated events have no place in time and always count. Every category counts, shown or not.
 */
import type { NormalizedData, NormalizedEvent } from '../model/types.js';
import { dataExtent, type Extent } from './extent.js';

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

export interface DatedSummary {
  readonly count: number;
  /** Whole years around the dated events (unset without any). */
  readonly span?: Extent;
}

/** How many events are dated, and the years they cover. */
export function datedSummary(events: readonly NormalizedEvent[]): DatedSummary {
  let count = 0;
  for (const e of events) if (e.kind !== 'undated') count++;
  return { count, span: dataExtent(events, 0) };
}

/** The undated events of the categories shown, in category order (input order within one). */
export function undatedShown(
  { events, categories }: Pick<NormalizedData, 'events' | 'categories'>,
  isShown: (category: string) => boolean,
): NormalizedEvent[] {
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const undated = events.filter((e) => e.kind === 'undated' && isShown(e.category));
  return undated.sort((a, b) => order.get(a.category)! - order.get(b.category)!);
}
