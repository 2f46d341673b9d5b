/**
 * Lanes and rows: one lane per category (in category order), rows inside a lane by interval
 * partitioning over pixel extents, label width included. Packing is done at the fully zoomed-out
 * scale: gaps only grow as the view zooms in, so rows that don't collide there never collide.
 * Runs once per data, filter or width change; never per frame.
 */
import type { NormalizedEvent, ResolvedCategory } from '../model/types.js';
import { labelLeft } from './labels.js';

export interface LaneGeometry {
  /** Height of the lane's heading band. */
  readonly header: number;
  /** Height of one row of marks. */
  readonly row: number;
  /** Space below a lane's last row. */
  readonly padding: number;
  /** Smallest horizontal gap between two items of a row, in px. */
  readonly gap: number;
  /** Rows a lane grows to; later items share the row that frees first. */
  readonly maxRows: number;
}

export const DEFAULT_GEOMETRY: LaneGeometry = { header: 22, row: 34, padding: 6, gap: 12, maxRows: 12 };

export interface Lane {
  readonly category: ResolvedCategory;
  readonly y: number;
  readonly height: number;
  readonly rows: number;
  readonly count: number;
}

/** A dated event placed in a lane and row, with the interval it is drawn over. */
export interface PlacedEvent {
  readonly event: NormalizedEvent;
  readonly lane: number;
  readonly row: number;
  /** Top of its row, in px from the top of the lanes. */
  readonly y: number;
  /** Drawn interval; an unknown start is drawn from the extent's start. */
  readonly fromMs: number;
  readonly toMs: number;
}

export interface LaneLayout {
  readonly lanes: readonly Lane[];
  /** Every placed event, sorted by `fromMs`. */
  readonly placed: readonly PlacedEvent[];
  readonly height: number;
}

export interface PackOptions {
  /** ms → px at the reference (fully zoomed-out) scale. */
  readonly x: (ms: number) => number;
  /** Width of the view in px: labels are kept inside it. */
  readonly width: number;
  /** Start drawn for an event whose start is unknown. */
  readonly openStartMs: number;
  /** Width of the event's label in px. */
  readonly labelWidth: (event: NormalizedEvent) => number;
  readonly geometry?: LaneGeometry;
}

export function assignLanes(
  events: readonly NormalizedEvent[],
  categories: readonly ResolvedCategory[],
  { x, width, openStartMs, labelWidth, geometry = DEFAULT_GEOMETRY }: PackOptions,
): LaneLayout {
  const byCategory = new Map<string, NormalizedEvent[]>();
  for (const e of events) {
    if (e.kind === 'undated') continue;
    let list = byCategory.get(e.category);
    if (!list) byCategory.set(e.category, (list = []));
    list.push(e);
  }
  const drawnFrom = (e: NormalizedEvent) => (e.openStart ? openStartMs : e.startMs);

  const lanes: Lane[] = [];
  const placed: PlacedEvent[] = [];
  let y = 0;
  for (const category of categories) {
    const list = byCategory.get(category.id);
    if (!list) continue;
    list.sort((a, b) => drawnFrom(a) - drawnFrom(b) || a.endMs - b.endMs);
    const rowEnds: number[] = [];
    const rowsTop = y + geometry.header;
    for (const event of list) {
      const fromMs = drawnFrom(event);
      const x0 = x(fromMs);
      const w = labelWidth(event);
      const lx = labelLeft(x0, w, width);
      const left = Math.min(x0, lx);
      const right = Math.max(x(event.endMs), lx + w) + geometry.gap;
      let row = rowEnds.findIndex((end) => end <= left);
      if (row < 0) {
        if (rowEnds.length < geometry.maxRows) row = rowEnds.push(0) - 1;
        else row = rowEnds.indexOf(Math.min(...rowEnds));
      }
      rowEnds[row] = Math.max(rowEnds[row], right);
      placed.push({ event, lane: lanes.length, row, y: rowsTop + row * geometry.row, fromMs, toMs: event.endMs });
    }
    const height = geometry.header + rowEnds.length * geometry.row + geometry.padding;
    lanes.push({ category, y, height, rows: rowEnds.length, count: list.length });
    y += height;
  }
  placed.sort((a, b) => a.fromMs - b.fromMs);
  return { lanes, placed, height: y };
}
