/**
 * Cluster marks: one per lane and period, a box over the part of the period in view and the rows
 * of its events, with its count on top where the count fits. The group is the one named element
 * ("12 events, 2008, Regulation"), a button that zooms into the period; the count in it is hidden from
 * assistive technology (the name says it). Drawn into the marks' frame, among the marks.
 */
import { select } from 'd3-selection';
import type { Cluster } from '../layout/clusters.js';
import { round } from '../model/shapes.js';
import { attr, datumOf, svg, type Frame } from './frame.js';

export interface ClusterDrawOptions {
  readonly colorOf: (category: string) => string;
  /** The accessible name ("12 events, 2008, Regulation") and the visible count ("12", "1.2K"). */
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

/** One group per category and period: a group that stays (a pan, a filter) is updated, not made again. */
export const clusterKey = (c: Cluster) => `${c.category}|${c.fromMs}|${c.toMs}`;

export function renderClusters(frame: Frame, clusters: readonly Cluster[], options: ClusterDrawOptions): void {
  const { colorOf, nameOf, countOf, action, countWidth, tabStop } = options;
  const { x } = frame;
  select(frame.g)
    .selectChildren<SVGGElement, Cluster>('g.cluster')
    .data(clusters, clusterKey)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cluster').attr('part', 'cluster').attr('role', 'button');
      g.append('rect').attr('rx', 3);
      return g;
    })
    .each(function (c) {
      const box = this.firstElementChild!;
      const x0 = x(c.shownFromMs) + INSET;
      const width = round(Math.max(1, x(c.shownToMs) - INSET - x0));
      const count = countOf(c);
      attr(this, 'transform', `translate(0,${c.y})`);
      attr(this, 'aria-label', nameOf(c));
      attr(this, 'aria-description', action);
      attr(this, 'tabindex', c === tabStop ? 0 : -1);
      attr(this, 'fill', colorOf(c.category));
      attr(this, 'stroke', colorOf(c.category));
      attr(box, 'x', round(x0));
      attr(box, 'width', width);
      attr(box, 'height', c.height);
      // The count, centred on the box, where it fits.
      let text = box.nextElementSibling;
      if (countWidth(count) + 4 > width) return text?.remove();
      text ??= this.appendChild(svg('text', { class: 'count', 'aria-hidden': 'true' }));
      attr(text, 'x', round(x0 + width / 2));
      attr(text, 'y', Math.min(c.height / 2, 16) + 4);
      if (text.textContent !== count) text.textContent = count;
    });
}

/** The cluster an event (a click, a key) came from, if any. */
export const clusterOf = (e: Event): Cluster | undefined => datumOf<Cluster>(e, 'g.cluster');
