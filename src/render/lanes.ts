/** Lane bands, one per category, each headed by its glyph and label. */
import { select } from 'd3-selection';
import type { Lane } from '../layout/lanes.js';

export function renderLanes(
  layer: SVGGElement,
  lanes: readonly Lane[],
  width: number,
  glyphOf: (category: string) => string,
): void {
  select(layer)
    .selectAll<SVGGElement, Lane>('g.lane')
    .data(lanes, (l) => l.category.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane').attr('part', 'lane').attr('aria-hidden', 'true');
      g.append('rect').attr('class', 'band');
      g.append('path').attr('class', 'swatch').attr('transform', 'translate(13,11)');
      g.append('text').attr('class', 'lane-label');
      return g;
    })
    .attr('transform', (l) => `translate(0,${l.y})`)
    .call((g) =>
      g
        .select('rect.band')
        .attr('width', width)
        .attr('height', (l) => l.height),
    )
    .call((g) =>
      g
        .select('path.swatch')
        .attr('d', (l) => glyphOf(l.category.id))
        .attr('fill', (l) => l.category.color),
    )
    .call((g) =>
      g
        .select('text.lane-label')
        .attr('x', 24)
        .attr('y', 15)
        .text((l) => l.category.label),
    );
}
