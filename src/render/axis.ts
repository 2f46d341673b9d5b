/**
 * The time axis along the bottom of the lanes, in two rows (see `axisTicks`), with grid lines up
 * through the lanes; a solid line where a wider unit (a year under months) begins.
 */
import type { ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { axisTicks, type AxisLabel } from '../layout/axis-ticks.js';
import { round } from '../model/shapes.js';
import { attr } from './frame.js';

export interface AxisOptions {
  readonly locale: string;
  /** Height of the lanes above the axis: grid lines run that far up. */
  readonly gridHeight: number;
  readonly textWidth: (text: string) => number;
  /** Width of a second-row label (drawn at weight 600). */
  readonly spanTextWidth: (text: string) => number;
}

/** Baselines of the two rows of labels, below the axis line. */
export const AXIS_ROWS = [17, 33] as const;

export function renderAxis(
  layer: SVGGElement,
  x: ScaleLinear<number, number>,
  { locale, gridHeight, textWidth, spanTextWidth }: AxisOptions,
): void {
  const [x0, x1] = x.range();
  const [from, to] = x.domain().map(Number);
  const width = x1 - x0;
  const { ticks, spans } = axisTicks((ms) => x(ms), [from, to], { locale, width, textWidth, spanTextWidth });
  const g = select(layer);
  const domain = g
    .selectAll<SVGLineElement, number>('line.domain')
    .data([0])
    .join((enter) => enter.append('line').attr('class', 'domain'))
    .node()!;
  attr(domain, 'x1', x0);
  attr(domain, 'x2', x1);

  // Attributes and text are written only when they change: most survive a pan or a zoom step.
  g.selectAll<SVGGElement, AxisLabel>('g.tick:not(.span)')
    .data(ticks, (t) => `${t.unit}${t.fromMs}`)
    .join((enter) => {
      const tick = enter.append('g').attr('class', 'tick').attr('part', 'tick');
      tick.append('line').attr('class', 'grid');
      tick.append('line').attr('class', 'mark').attr('y2', 6);
      tick.append('text').attr('y', AXIS_ROWS[0]);
      return tick;
    })
    .each(function (t) {
      const text = this.lastElementChild!;
      this.classList.toggle('major', t.major);
      attr(this, 'transform', `translate(${t.x},0)`);
      attr(this.firstElementChild!, 'y1', -gridHeight);
      attr(text, 'x', round(t.left - t.x));
      label(text, t);
    });

  g.selectAll<SVGGElement, AxisLabel>('g.tick.span')
    .data(spans, (t) => `${t.unit}${t.fromMs}`)
    .join((enter) => {
      const tick = enter.append('g').attr('class', 'tick span').attr('part', 'tick');
      tick.append('text').attr('y', AXIS_ROWS[1]);
      return tick;
    })
    .each(function (t) {
      attr(this, 'transform', `translate(${t.left},0)`);
      label(this.lastElementChild!, t);
    });
}

function label(text: Element, t: AxisLabel): void {
  attr(text, 'class', `label ${t.unit}`);
  if (text.textContent !== t.text) text.textContent = t.text;
}
