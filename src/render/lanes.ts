/** Lane bands, one per category, each headed by its label. */
import { select } from 'd3-selection';
import type { Lane } from '../layout/lanes.js';

export function renderLanes(layer: SVGGElement, lanes: readonly Lane[], width: number): void {
  select(layer)
    .selectAll<SVGGElement, Lane>('g.lane')
    .data(lanes, (l) => l.category.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane').attr('part', 'lane').attr('aria-hidden', 'true');
      g.append('rect').attr('class', 'band');
      g.append('rect').attr('class', 'swatch').attr('width', 10).attr('height', 10).attr('rx', 2);
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
        .select('rect.swatch')
        .attr('x', 8)
        .attr('y', 6)
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
