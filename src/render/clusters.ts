/**
 * Cluster marks: one per lane and period, a box over the period and the rows of its events, with
 * its count on top where the count fits. The box is the one named element ("12 events, 2008"), a
 * button that zooms into its period; the count beside it is hidden from assistive technology
 * (the name says it). Drawn into the marks' frame, behind the marks.
 */
import { select } from 'd3-selection';
import type { Cluster } from '../layout/clusters.js';
import { attr, round, type Frame } from './frame.js';

export interface ClusterOptions {
  readonly colorOf: (category: string) => string;
  /** The accessible name ("12 events, 2008") and the visible count ("12", "1.2K"). */
  readonly nameOf: (cluster: Cluster) => string;
  readonly countOf: (cluster: Cluster) => string;
  /** Width of a count in px: it is left out where its box is narrower. */
  readonly countWidth: (count: string) => number;
  /** Width of the view in px: boxes are cut at its edges. */
  readonly width: number;
  /** The cluster that holds the chart's one Tab stop, if any; the others get -1. */
  readonly tabStop?: Cluster;
}

/** Gap kept between the boxes of neighbouring periods, in px. */
const INSET = 1;

interface Box {
  readonly x: number;
  readonly width: number;
  readonly count: string;
}

export function renderClusters(frame: Frame, clusters: readonly Cluster[], options: ClusterOptions): void {
  const { colorOf, nameOf, countOf, countWidth, width, tabStop } = options;
  const { x, offset } = frame;
  // One box per lane and period: a box that stays (a pan, a filter) is updated, not made again.
  const key = (c: Cluster) => `${c.lane}|${c.fromMs}|${c.toMs}`;
  // Cut at the view's edges, in the frame's px.
  const boxes = new Map<Cluster, Box>();
  for (const c of clusters) {
    const x0 = Math.max(-offset, x(c.fromMs)) + INSET;
    const x1 = Math.min(width - offset, x(c.toMs)) - INSET;
    boxes.set(c, { x: round(x0), width: round(Math.max(1, x1 - x0)), count: countOf(c) });
  }
  const layer = select(frame.g)
    .selectAll('g.clusters')
    .data([null])
    .join((enter) => enter.insert('g', ':first-child').attr('class', 'clusters'));

  layer
    .selectAll<SVGRectElement, Cluster>('rect.cluster')
    .data(clusters, key)
    .join((enter) =>
      enter.append('rect').attr('class', 'cluster').attr('part', 'cluster').attr('role', 'button').attr('rx', 3),
    )
    .each(function (c) {
      const box = boxes.get(c)!;
      attr(this, 'aria-label', nameOf(c));
      attr(this, 'fill', colorOf(c.category));
      attr(this, 'stroke', colorOf(c.category));
      attr(this, 'transform', `translate(0,${c.y})`);
      attr(this, 'height', c.height);
      attr(this, 'x', box.x);
      attr(this, 'width', box.width);
      attr(this, 'tabindex', c === tabStop ? 0 : -1);
    });

  layer
    .selectAll<SVGTextElement, Cluster>('text.count')
    .data(
      clusters.filter((c) => countWidth(boxes.get(c)!.count) + 4 <= boxes.get(c)!.width),
      key,
    )
    .join((enter) => enter.append('text').attr('class', 'count').attr('aria-hidden', 'true'))
    .each(function (c) {
      const box = boxes.get(c)!;
      attr(this, 'transform', `translate(0,${c.y})`);
      attr(this, 'y', Math.min(c.height / 2, 16) + 4);
      attr(this, 'x', round(box.x + box.width / 2));
      if (this.textContent !== box.count) this.textContent = box.count;
    });
}

/** The cluster an event (a click, a key) came from, if any. */
export function clusterOf(e: Event): Cluster | undefined {
  const box = (e.target as Element | null)?.closest?.('rect.cluster');
  return box ? select<Element, Cluster>(box).datum() : undefined;
}
