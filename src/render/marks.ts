/**
 * Event marks: a keyed join over the visible events only. A mark's shape tells its precision and
 * extent: a dot for a day, a tinted box over the whole month or year for a coarser date, a solid
 * bar for a span, a fade for an unknown start or an ongoing end. The label is led by its
 * category's glyph, so that colour is never the only cue.
 */
import type { ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { PlacedEvent } from '../layout/lanes.js';
import type { NormalizedEvent } from '../model/types.js';

export interface MarkOptions {
  readonly colorOf: (category: string) => string;
  /** SVG path of the category's glyph, centred on 0,0 and `MARK.glyphRadius` in radius. */
  readonly glyphOf: (category: string) => string;
  readonly nameOf: (event: NormalizedEvent) => string;
  /** Label x per visible mark (NaN: hidden), from `placeLabels`. */
  readonly labelX: Float64Array;
  /** The instant `ongoing` runs to. */
  readonly asOfMs: number;
  /** A key that changes when names must be rewritten (the locale). */
  readonly revision: string;
  /** Id of the event that holds the chart's one Tab stop (roving tabindex); the others get -1. */
  readonly tabStop?: string;
  /** Id of the event whose details are open. */
  readonly selected?: string;
}

/** Geometry of a row (px from the row's top). */
export const MARK = {
  labelBaseline: 12,
  barY: 16,
  barHeight: 12,
  dotRadius: 6,
  minWidth: 3,
  tail: 28,
  glyphRadius: 4.5,
  /** Room the glyph takes before the label's text: add it to the label's width. */
  glyphRoom: 13,
} as const;

const ids = new WeakMap<NormalizedEvent, number>();
let nextId = 0;
const keyOf = (event: NormalizedEvent) => {
  let id = ids.get(event);
  if (id === undefined) ids.set(event, (id = nextId++));
  return id;
};

const isDot = (e: NormalizedEvent) => e.kind === 'point' && e.start?.precision === 'day';

export function renderMarks(
  layer: SVGGElement,
  visible: readonly PlacedEvent[],
  x: ScaleLinear<number, number>,
  { colorOf, glyphOf, nameOf, labelX, asOfMs, revision, tabStop, selected }: MarkOptions,
): void {
  const { labelBaseline, barY, barHeight, dotRadius, minWidth, tail, glyphRadius, glyphRoom } = MARK;
  const labelOf = new Map<PlacedEvent, number>();
  visible.forEach((p, i) => labelOf.set(p, labelX[i]));

  select(layer)
    .selectAll<SVGGElement, PlacedEvent>('g.mark')
    .data(visible, (p) => `${keyOf(p.event)}|${revision}`)
    .join((enter) =>
      enter.append('g').each(function (p) {
        const e = p.event;
        const g = select(this)
          .attr(
            'class',
            `mark ${e.kind}${isDot(e) ? ' dot' : ''}${e.kind === 'point' && !isDot(e) ? ' imprecise' : ''}`,
          )
          .attr('part', 'mark')
          .attr('data-id', e.id)
          .attr('role', 'button')
          .attr('aria-haspopup', 'dialog')
          .attr('aria-label', nameOf(e))
          .attr('fill', colorOf(e.category))
          .attr('stroke', colorOf(e.category));
        g.append('rect')
          .attr('class', 'focus-ring')
          .attr('rx', 4)
          .attr('y', barY - 4)
          .attr('height', barHeight + 8);
        if (isDot(e))
          g.append('circle')
            .attr('class', 'shape')
            .attr('r', dotRadius)
            .attr('cy', barY + barHeight / 2);
        else
          g.append('rect')
            .attr('class', 'shape')
            .attr('y', barY)
            .attr('height', barHeight)
            .attr('rx', 2)
            .attr('mask', e.openStart ? 'url(#fade-in)' : null);
        if (e.openEnd)
          g.append('rect')
            .attr('class', 'tail')
            .attr('y', barY)
            .attr('height', barHeight)
            .attr('width', tail)
            .attr('mask', 'url(#fade-out)');
        g.append('path').attr('class', 'glyph').attr('d', glyphOf(e.category));
        g.append('text').attr('class', 'label').attr('y', labelBaseline).text(e.title);
      }),
    )
    .attr('transform', (p) => `translate(0,${p.y})`)
    .attr('tabindex', (p) => (p.event.id === tabStop ? 0 : -1))
    .classed('selected', (p) => p.event.id === selected)
    .each(function (p) {
      const g = select(this);
      const x0 = x(p.fromMs);
      const x1 = x(p.event.openEnd ? Math.min(p.toMs, asOfMs) : p.toMs);
      const ring = isDot(p.event)
        ? [(x0 + x1) / 2 - dotRadius, (x0 + x1) / 2 + dotRadius]
        : [x0, x0 + Math.max(minWidth, x1 - x0)];
      g.select('rect.focus-ring')
        .attr('x', ring[0] - 4)
        .attr('width', ring[1] - ring[0] + 8);
      if (isDot(p.event)) g.select('circle').attr('cx', (x0 + x1) / 2);
      else
        g.select('rect.shape')
          .attr('x', x0)
          .attr('width', Math.max(minWidth, x1 - x0));
      if (p.event.openEnd) g.select('rect.tail').attr('x', x1);
      const lx = labelOf.get(p)!;
      const left = Number.isNaN(lx) ? x0 : lx;
      const visibility = Number.isNaN(lx) ? 'hidden' : null;
      g.select('path.glyph')
        .attr('transform', `translate(${left + glyphRadius},${labelBaseline - glyphRadius})`)
        .attr('visibility', visibility);
      g.select('text.label')
        .attr('x', left + glyphRoom)
        .attr('visibility', visibility);
    });
}
