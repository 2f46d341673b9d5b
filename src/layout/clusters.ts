/**
 * Dense marks become counted clusters, per frame. The visible events are walked in start order
 * and bucketed, per lane, by calendar period on the current scale: the shortest of day, week,
 * month, quarter, year, 2, 5, 10 … years that is at least `minPeriod` px wide. A lane's events of
 * one period are drawn one by one when each clears the marks already drawn in its row (or when
 * it is the period's only one); otherwise they become one cluster that counts them. Zooming in
 * shortens the periods and spreads the marks apart, so clusters split. If the drawing would still
 * take more than `budget` DOM elements, every shared period clusters, then periods lengthen until
 * it fits. Events in `keep` (the focused and the selected one) are always drawn as marks.
 * O(visible) per pass; one pass unless the view is over budget.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { Lane, LaneGeometry, PlacedEvent } from './lanes.js';
import { DEFAULT_GEOMETRY, TAIL } from './lanes.js';

/** A calendar period a cluster covers. */
export interface Period {
  readonly interval: TimeInterval;
  /** Typical length in ms, to pick the period for a scale. */
  readonly ms: number;
}

/** DOM elements each drawing takes (see render/marks.ts and render/clusters.ts). */
export const ELEMENTS = {
  /** At most: a mark's group, focus ring, shape, glyph and label (most have only group and shape). */
  mark: 5,
  /** An ongoing span's fading tail. */
  tail: 1,
  /** A cluster's group, box and count. */
  cluster: 3,
} as const;

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

export const PERIODS: readonly Period[] = [
  { interval: utcDay, ms: DAY },
  { interval: utcMonday, ms: 7 * DAY },
  { interval: utcMonth, ms: YEAR / 12 },
  { interval: utcMonth.every(3)!, ms: YEAR / 4 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map((n) => ({ interval: utcYear.every(n)!, ms: n * YEAR })),
];

/** The events of one lane in one period, drawn as one mark. */
export interface Cluster {
  readonly lane: number;
  /** The lane's category id. */
  readonly category: string;
  /** The period, `[fromMs, toMs)`. */
  readonly fromMs: number;
  readonly toMs: number;
  /** The part of the period in view, `[shownFromMs, shownToMs)`: what the box covers and counts. */
  readonly shownFromMs: number;
  readonly shownToMs: number;
  /** The events counted, in start order (a span begun before the view counts in its first period). */
  readonly events: readonly PlacedEvent[];
  /** Top and height of the rows its events are in, in px. */
  readonly y: number;
  readonly height: number;
}

export interface ClusterOptions {
  /** The view, `[fromMs, toMs)`. */
  readonly fromMs: number;
  readonly toMs: number;
  /** Width of the view in px. */
  readonly width: number;
  readonly lanes: readonly Lane[];
  readonly geometry?: LaneGeometry;
  /** Shortest period drawn, in px (44: a count such as "1.2K" with room either side). */
  readonly minPeriod?: number;
  /** Smallest gap between two marks of a row, in px. */
  readonly gap?: number;
  /** Width a mark takes at least (a dot's diameter), in px. */
  readonly minWidth?: number;
  /** Most DOM elements the marks and clusters may take (counted as `ELEMENTS` says). */
  readonly budget?: number;
  /** Ids of events always drawn as marks. */
  readonly keep?: ReadonlySet<string>;
}

export interface ClusteredView {
  /** Events drawn one by one, in start order. */
  readonly marks: PlacedEvent[];
  readonly clusters: Cluster[];
}

/** The first period at least `minPeriod` px wide at `pxPerMs`. */
export function periodFor(pxPerMs: number, minPeriod: number): Period {
  return PERIODS.find((p) => p.ms * pxPerMs >= minPeriod) ?? PERIODS[PERIODS.length - 1];
}

/** Splits the visible events (in start order, as `TimeIndex.query` gives them) into marks and clusters. */
export function clusterMarks(
  visible: readonly PlacedEvent[],
  x: (ms: number) => number,
  options: ClusterOptions,
): ClusteredView {
  const { fromMs, toMs, width, minPeriod = 44, budget = 2000 } = options;
  let i = PERIODS.indexOf(periodFor(width / (toMs - fromMs), minPeriod));
  let strict = false;
  for (;;) {
    const result = pass(visible, x, PERIODS[i], strict, options);
    if (result.elements <= budget || i === PERIODS.length - 1) return result.view;
    if (strict) i++;
    strict = true;
  }
}

interface Group {
  fromMs: number;
  toMs: number;
  events: PlacedEvent[];
}

const NO_KEEP: ReadonlySet<string> = new Set();

function pass(
  visible: readonly PlacedEvent[],
  x: (ms: number) => number,
  period: Period,
  strict: boolean,
  { fromMs, toMs, lanes, geometry = DEFAULT_GEOMETRY, gap = 2, minWidth = 12, keep = NO_KEEP }: ClusterOptions,
): { view: ClusteredView; elements: number } {
  const marks: PlacedEvent[] = [];
  const clusters: Cluster[] = [];
  let elements = 0;
  // Rows are numbered lane by lane. Per row: the right end of the last mark drawn, in px, and
  // the end within the group being closed (valid where `stampOf` holds the group's stamp).
  const firstRow = new Int32Array(lanes.length + 1);
  lanes.forEach((lane, i) => (firstRow[i + 1] = firstRow[i] + lane.rows));
  const rowEnd = new Float64Array(firstRow[lanes.length]).fill(-Infinity);
  const pendingEnd = new Float64Array(rowEnd.length);
  const stampOf = new Int32Array(rowEnd.length);
  let stamp = 0;
  const open: (Group | undefined)[] = [];
  const ends: number[] = [];

  const drawMark = (p: PlacedEvent, end: number) => {
    rowEnd[firstRow[p.lane] + p.row] = end;
    marks.push(p);
    elements += ELEMENTS.mark + (p.event.openEnd ? ELEMENTS.tail : 0);
  };
  const markEnd = (p: PlacedEvent, x0: number) => Math.max(x(p.toMs), x0 + minWidth) + (p.event.openEnd ? TAIL : 0);

  const close = (lane: number, group: Group) => {
    const events = group.events.filter((p) => {
      if (!keep.has(p.event.id)) return true;
      const k = firstRow[p.lane] + p.row;
      drawMark(p, Math.max(rowEnd[k], markEnd(p, x(p.fromMs))));
      return false;
    });
    if (!events.length) return;
    // A lone event is drawn as itself, even over another mark: a cluster of one says less. A lone
    // span only where it clears its row, though: where a lane ran out of rows, its bar would lie
    // hidden on another's.
    const lone = events.length === 1;
    const alone = lone && events[0].event.kind === 'point';
    let fits = lone || !strict;
    stamp++;
    for (let i = 0; fits && i < events.length; i++) {
      const p = events[i];
      const k = firstRow[p.lane] + p.row;
      const x0 = x(p.fromMs);
      const end = stampOf[k] === stamp ? pendingEnd[k] : rowEnd[k];
      fits = alone || x0 >= end + gap;
      stampOf[k] = stamp;
      pendingEnd[k] = ends[i] = Math.max(end, markEnd(p, x0));
    }
    if (fits) {
      events.forEach((p, i) => drawMark(p, ends[i]));
      return;
    }
    // Over the rows its events are in.
    let first = Infinity;
    let last = -Infinity;
    for (const p of events) {
      first = Math.min(first, p.row);
      last = Math.max(last, p.row);
    }
    const { y, category } = lanes[lane];
    const top = y + geometry.header + first * geometry.row;
    clusters.push({
      lane,
      category: category.id,
      ...group,
      shownFromMs: Math.max(group.fromMs, fromMs),
      shownToMs: Math.min(group.toMs, toMs),
      events,
      y: top,
      height: (last - first + 1) * geometry.row,
    });
    elements += ELEMENTS.cluster;
  };

  let bucketFrom = -Infinity;
  let bucketTo = -Infinity;
  for (const p of visible) {
    const t = Math.max(p.fromMs, fromMs);
    if (t >= bucketTo || t < bucketFrom) {
      const start = period.interval.floor(new Date(t));
      bucketFrom = +start;
      bucketTo = +period.interval.offset(start, 1);
    }
    let group = open[p.lane];
    if (group && group.fromMs !== bucketFrom) {
      close(p.lane, group);
      group = undefined;
    }
    if (!group) open[p.lane] = group = { fromMs: bucketFrom, toMs: bucketTo, events: [] };
    group.events.push(p);
  }
  open.forEach((group, lane) => group && close(lane, group));
  marks.sort((a, b) => a.fromMs - b.fromMs);
  clusters.sort((a, b) => a.fromMs - b.fromMs || a.lane - b.lane);
  return { view: { marks, clusters }, elements };
}

/**
 * Whether px `[left, right)` in an event's row meets a cluster: labels must not run into one.
 * O(clusters of the lane) a call.
 */
export function clusterBlocks(
  clusters: readonly Cluster[],
  x: (ms: number) => number,
): (p: PlacedEvent, left: number, right: number) => boolean {
  const byLane = new Map<number, Cluster[]>();
  for (const c of clusters) {
    let list = byLane.get(c.lane);
    if (!list) byLane.set(c.lane, (list = []));
    list.push(c);
  }
  return (p, left, right) =>
    (byLane.get(p.lane) ?? []).some(
      (c) => p.y >= c.y && p.y < c.y + c.height && left < x(c.shownToMs) && right > x(c.shownFromMs),
    );
}
