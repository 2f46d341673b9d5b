/**
 * Cluster marks: one per lane and period, a box over the part of the period in view and the rows
 * of its events, with its count on top where the count fits. The box is the one named element
 * ("12 events, 2008"), a button that zooms into the period, drawn into the marks' frame among the
 * marks. The counts are drawn apart, in a layer hidden from assistive technology (the name says
 * the count) and above the marks: two elements per cluster, not a group of three.
 */
import { select } from 'd3-selection';
import type { Cluster } from '../layout/clusters.js';
import { attr, round, type Frame } from './frame.js';

export interface ClusterDrawOptions {
  readonly colorOf: (category: string) => string;
  /** The accessible name ("12 events, 2008") and the visible count ("12", "1.2K"). */
  readonly nameOf: (cluster: Cluster) => string;
  readonly countOf: (cluster: Cluster) => string;
  /** What activating a cluster does ("Zoom in"), for assistive technology. */
  readonly action: string;
  /** Width of a count in px: it is left out where its box is narrower. */
  readonly countWidth: (count: string) => number;
  /** The cluster that holds the chart's one Tab stop, if any; the others get -1. */
  readonly tabStop?: Cluster;
}

/** Gap kept between the boxes of neighbouring periods, in px. */
const INSET = 1;

/** One box per category and period: a box that stays (a pan, a filter) is updated, not made again. */
export const clusterKey = (c: Cluster) => `${c.category}|${c.fromMs}|${c.toMs}`;

/** The box's left edge and width in the frame, in px. */
function boxOf(c: Cluster, x: (ms: number) => number): [left: number, width: number] {
  const x0 = x(c.shownFromMs) + INSET;
  return [round(x0), round(Math.max(1, x(c.shownToMs) - INSET - x0))];
}

/** Draws the boxes into `frame` (among the marks) and their counts into `counts` (a layer above). */
export function renderClusters(
  frame: Frame,
  counts: Frame,
  clusters: readonly Cluster[],
  options: ClusterDrawOptions,
): void {
  const { colorOf, nameOf, countOf, action, countWidth, tabStop } = options;
  const { x } = frame;
  select(frame.g)
    .selectChildren<SVGRectElement, Cluster>('rect.cluster')
    .data(clusters, clusterKey)
    .join((enter) =>
      enter.append('rect').attr('class', 'cluster').attr('part', 'cluster').attr('role', 'button').attr('rx', 3),
    )
    .each(function (c) {
      const [left, width] = boxOf(c, x);
      attr(this, 'transform', `translate(0,${c.y})`);
      attr(this, 'aria-label', nameOf(c));
      attr(this, 'aria-description', action);
      attr(this, 'tabindex', c === tabStop ? 0 : -1);
      attr(this, 'fill', colorOf(c.category));
      attr(this, 'stroke', colorOf(c.category));
      attr(this, 'x', left);
      attr(this, 'width', width);
      attr(this, 'height', c.height);
    });
  // The counts, centred on their boxes, where they fit.
  const text = new Map<Cluster, string>();
  for (const c of clusters) {
    const count = countOf(c);
    if (countWidth(count) + 4 <= boxOf(c, x)[1]) text.set(c, count);
  }
  select(counts.g)
    .selectChildren<SVGTextElement, Cluster>('text')
    .data([...text.keys()], clusterKey)
    .join((enter) => enter.append('text').attr('class', 'count'))
    .each(function (c) {
      const [left, width] = boxOf(c, counts.x);
      const count = text.get(c)!;
      attr(this, 'transform', `translate(0,${c.y})`);
      attr(this, 'x', round(left + width / 2));
      attr(this, 'y', Math.min(c.height / 2, 16) + 4);
      if (this.textContent !== count) this.textContent = count;
    });
}

/** The cluster an event (a click, a key) came from, if any. */
export function clusterOf(e: Event): Cluster | undefined {
  const g = (e.target as Element | null)?.closest?.('.cluster');
  return g ? select<Element, Cluster>(g).datum() : undefined;
}
