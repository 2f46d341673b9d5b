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

/** How far an ongoing event's fading tail runs past its bar, in px: its row keeps that room free. */
export const TAIL = 28;

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
  /**
   * The events in packing order (`packingOrder`), of these categories or more: a filter change
   * packs from the order of the whole data set rather than sorting again. Without it, they are
   * sorted here.
   */
  readonly order?: readonly NormalizedEvent[];
}

/** Where an event's mark starts: an unknown start is drawn from `openStartMs`. */
const drawnStart = (e: NormalizedEvent, openStartMs: number) => (e.openStart ? openStartMs : e.startMs);

/**
 * The dated events of `categories` in the order they are packed in: by drawn start (an unknown
 * start is `openStartMs`), then category (in `categories` order), then end; ties in input order.
 * Any subset of the categories, in the same order, keeps this order among its events.
 */
export function packingOrder(
  events: readonly NormalizedEvent[],
  categories: readonly ResolvedCategory[],
  openStartMs: number,
): NormalizedEvent[] {
  const rank = new Map(categories.map((c, i) => [c.id, i]));
  // The sort keys side by side: the comparator is called n log n times.
  const items: NormalizedEvent[] = [];
  const ranks: number[] = [];
  const froms: number[] = [];
  for (const e of events) {
    const r = rank.get(e.category);
    if (e.kind === 'undated' || r === undefined) continue;
    items.push(e);
    ranks.push(r);
    froms.push(drawnStart(e, openStartMs));
  }
  const order = Array.from({ length: items.length }, (_, i) => i);
  order.sort((a, b) => froms[a] - froms[b] || ranks[a] - ranks[b] || items[a].endMs - items[b].endMs || a - b);
  return order.map((i) => items[i]);
}

export function assignLanes(
  events: readonly NormalizedEvent[],
  categories: readonly ResolvedCategory[],
  { x, width, openStartMs, labelWidth, geometry = DEFAULT_GEOMETRY, order }: PackOptions,
): LaneLayout {
  const { header, row: rowHeight, padding, gap, maxRows } = geometry;
  const slotOf = new Map<string, number>();
  categories.forEach((c, i) => slotOf.set(c.id, i));
  // The events of the given categories in packing order: each category's come in the order they
  // are packed in, and the whole in the order `placed` is returned.
  const items: NormalizedEvent[] = [];
  const slots: number[] = [];
  for (const e of order ?? packingOrder(events, categories, openStartMs)) {
    const slot = slotOf.get(e.category);
    if (slot === undefined) continue;
    items.push(e);
    slots.push(slot);
  }
  const n = items.length;
  const froms = items.map((e) => drawnStart(e, openStartMs));

  // Interval partitioning per category: the first row free at the item's left, else a new row,
  // else (at maxRows) the row that frees first.
  const rowEnds = categories.map(() => [] as number[]);
  const counts = new Array<number>(categories.length).fill(0);
  const rowOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const event = items[i];
    const ends = rowEnds[slots[i]];
    counts[slots[i]]++;
    const x0 = x(froms[i]);
    const w = labelWidth(event);
    const lx = labelLeft(x0, w, width);
    const left = Math.min(x0, lx);
    const right = Math.max(x(event.endMs) + (event.openEnd ? TAIL : 0), lx + w) + gap;
    let row = -1;
    for (let r = 0; r < ends.length; r++) {
      if (ends[r] <= left) {
        row = r;
        break;
      }
    }
    if (row < 0) {
      if (ends.length < maxRows) row = ends.push(0) - 1;
      else {
        row = 0;
        for (let r = 1; r < ends.length; r++) if (ends[r] < ends[row]) row = r;
      }
    }
    ends[row] = Math.max(ends[row], right);
    rowOf[i] = row;
  }

  const lanes: Lane[] = [];
  const laneOf = new Int32Array(categories.length).fill(-1);
  const topOf: number[] = [];
  let y = 0;
  categories.forEach((category, slot) => {
    if (!counts[slot]) return;
    const rows = rowEnds[slot].length;
    const height = header + rows * rowHeight + padding;
    laneOf[slot] = lanes.length;
    topOf[slot] = y + header;
    lanes.push({ category, y, height, rows, count: counts[slot] });
    y += height;
  });

  const placed = new Array<PlacedEvent>(n);
  for (let i = 0; i < n; i++) {
    const event = items[i];
    const row = rowOf[i];
    const slot = slots[i];
    placed[i] = {
      event,
      lane: laneOf[slot],
      row,
      y: topOf[slot] + row * rowHeight,
      fromMs: froms[i],
      toMs: event.endMs,
    };
  }
  return { lanes, placed, height: y };
}
