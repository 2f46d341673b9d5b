/** The time axis along the bottom of the lanes, with grid lines up through them. */
import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { utcYear } from 'd3-time';
import { dateFormat } from '../model/civil-date.js';

export interface AxisOptions {
  readonly locale: string;
  /** Height of the lanes above the axis: grid lines run that far up. */
  readonly gridHeight: number;
  /** Smallest distance between two tick labels, in px. */
  readonly spacing?: number;
}

export function renderAxis(
  layer: SVGGElement,
  x: ScaleTime<number, number>,
  { locale, gridHeight, spacing = 72 }: AxisOptions,
): void {
  const [x0, x1] = x.range();
  const count = Math.max(2, Math.floor((x1 - x0) / spacing));
  const year = dateFormat(locale, { year: 'numeric' });
  const month = dateFormat(locale, { month: 'short' });
  const axis = axisBottom<Date>(x)
    .ticks(count)
    .tickSizeInner(-gridHeight)
    .tickSizeOuter(0)
    .tickPadding(8)
    .tickFormat((d) => (+utcYear.floor(d) === +d ? year : month).format(d));
  const g = select(layer).call(axis);
  g.attr('font-size', null).attr('font-family', null);
  g.selectAll('.tick').attr('part', 'tick');
}
