/** Lane bands, one per category, each headed by its glyph and label. */
import { select } from 'd3-selection';
import type { Lane } from '../layout/lanes.js';
import { attr } from './frame.js';

/** Where a lane's label starts, after its glyph. */
export const LANE_LABEL_X = 24;
/** The label's font, and its letter spacing (0.06em) in px: it is drawn in capitals (`.lane-label`). */
export const LANE_FONT = '600 11px';
export const LANE_TRACKING = 0.66;

/**
 * Draws the lanes. Most redraws (a zoom step, a pan) leave them as they were, so each attribute and
 * label is written only when it changes: a write of the same value still makes the browser restyle
 * and lay out the lane again, its label's text shaped anew.
 */
export function renderLanes(
  layer: SVGGElement,
  lanes: readonly Lane[],
  width: number,
  glyphOf: (category: string) => string,
  /** The label as drawn: cut to the chart's width. */
  fit: (label: string) => string,
): void {
  select(layer)
    .selectAll<SVGGElement, Lane>('g.lane')
    .data(lanes, (l) => l.category.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane').attr('part', 'lane').attr('aria-hidden', 'true');
      g.append('rect').attr('class', 'band');
      g.append('path').attr('class', 'swatch').attr('transform', 'translate(13,11)');
      g.append('text').attr('class', 'lane-label').attr('x', LANE_LABEL_X).attr('y', 15);
      return g;
    })
    .each(function (l) {
      const [band, swatch, label] = this.children;
      attr(this, 'transform', `translate(0,${l.y})`);
      attr(band!, 'width', width);
      attr(band!, 'height', l.height);
      attr(swatch!, 'd', glyphOf(l.category.id));
      attr(swatch!, 'fill', l.category.color);
      const text = fit(l.category.label);
      if (label!.textContent !== text) label!.textContent = text;
    });
}
