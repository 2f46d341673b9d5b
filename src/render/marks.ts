/**
 * Event marks: a keyed join over the marks drawn (the visible events that no cluster counts). A
 * mark's shape tells its precision and extent: a dot for a day, a tinted box over the whole month
 * or year for a coarser date, a solid bar for a span, a fade for an unknown start or an ongoing
 * end. The label is led by its category's glyph, so that colour is never the only cue. Marks sit
 * in a pan-stable frame (see frame.ts): a pan rewrites only the marks that enter or leave and the
 * labels that move; a zoom places them again. Attributes are written only when they change.
 */
import { select } from 'd3-selection';
import { TAIL, type PlacedEvent } from '../layout/lanes.js';
import type { NormalizedEvent } from '../model/types.js';
import { clamp, round } from '../model/shapes.js';
import { attr, svg, type Frame } from './frame.js';

export interface MarkOptions {
  readonly colorOf: (category: string) => string;
  /** SVG path of the category's glyph, centred on 0,0 and `MARK.glyphRadius` in radius. */
  readonly glyphOf: (category: string) => string;
  readonly nameOf: (event: NormalizedEvent) => string;
  /** The category's label: read after the name, as the lane and glyph show it. */
  readonly categoryLabel: (category: string) => string | undefined;
  /** Label x per drawn mark, in the view's px (NaN: hidden), from `placeLabels`. */
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
  tail: TAIL,
  glyphRadius: 4.5,
  /** Room the glyph takes before the label's text: add it to the label's width. */
  glyphRoom: 13,
} as const;

/**
 * Per event: its join key and, per revision (locale), its accessible name, made once. Keys are
 * compared for every mark on every frame, and names come from Intl's range formatting, which is slow.
 */
interface MarkMemo {
  readonly key: number;
  revision?: string;
  name?: string;
}
const memos = new WeakMap<NormalizedEvent, MarkMemo>();
let nextKey = 0;
function memoOf(event: NormalizedEvent): MarkMemo {
  let memo = memos.get(event);
  if (!memo) memos.set(event, (memo = { key: nextKey++ }));
  return memo;
}

const isDot = (e: NormalizedEvent) => e.kind === 'point' && e.start?.precision === 'day';

export function renderMarks(frame: Frame, marks: readonly PlacedEvent[], options: MarkOptions): void {
  const { colorOf, glyphOf, nameOf, categoryLabel, labelX, asOfMs, revision, tabStop, selected } = options;
  const { labelBaseline, barY, barHeight, dotRadius, minWidth, tail, glyphRadius, glyphRoom } = MARK;
  const { x, offset } = frame;
  const labelOf = new Map<PlacedEvent, number>();
  marks.forEach((p, i) => labelOf.set(p, labelX[i]));
  const nameFor = (e: NormalizedEvent) => {
    const memo = memoOf(e);
    if (memo.revision !== revision) [memo.revision, memo.name] = [revision, nameOf(e)];
    return memo.name!;
  };

  select(frame.g)
    .selectAll<SVGGElement, PlacedEvent>('g.mark')
    .data(marks, (p) => memoOf(p.event).key)
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
          .attr('aria-description', categoryLabel(e.category) ?? null)
          .attr('fill', colorOf(e.category))
          .attr('stroke', colorOf(e.category));
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
      }),
    )
    .each(function (p) {
      const e = p.event;
      const dot = isDot(e);
      attr(this, 'transform', `translate(0,${p.y})`);
      attr(this, 'tabindex', e.id === tabStop ? 0 : -1);
      attr(this, 'aria-label', nameFor(e));
      this.classList.toggle('selected', e.id === selected);
      attr(this, 'aria-expanded', String(e.id === selected));
      const x0 = x(p.fromMs);
      // An ongoing event runs to asOf, and at least from its start (it may begin after asOf).
      const x1 = x(e.openEnd ? clamp(asOfMs, p.fromMs, p.toMs) : p.toMs);
      const [left, right] = dot
        ? [(x0 + x1) / 2 - dotRadius, (x0 + x1) / 2 + dotRadius]
        : [x0, x0 + Math.max(minWidth, x1 - x0)];
      const { shape, tail, ring, label } = partsOf(this);
      if (dot) attr(shape, 'cx', round((x0 + x1) / 2));
      else {
        attr(shape, 'x', x0);
        attr(shape, 'width', round(right - left));
      }
      if (tail) attr(tail, 'x', round(right));
      // The focus ring, only where focus can be (the Tab stop) or the selection shows it; under the rest.
      if (e.id === tabStop || e.id === selected) {
        const r =
          ring ??
          this.insertBefore(svg('rect', { class: 'focus-ring', rx: 4, y: barY - 4, height: barHeight + 8 }), shape);
        attr(r, 'x', round(left - 4));
        attr(r, 'width', round(right - left + 8));
      } else ring?.remove();
      // The glyph and label, made when the label is first shown, then kept (hidden) with the mark.
      const lx = labelOf.get(p)!;
      const hidden = Number.isNaN(lx);
      if (hidden && !label) return;
      let text = label;
      if (!text) {
        this.append(svg('path', { class: 'glyph', d: glyphOf(e.category) }));
        text = this.appendChild(svg('text', { class: 'label', y: labelBaseline }));
        text.textContent = e.title;
      }
      const glyph = text.previousElementSibling!;
      const start = hidden ? x0 : round(lx - offset);
      attr(glyph, 'transform', `translate(${round(start + glyphRadius)},${labelBaseline - glyphRadius})`);
      attr(glyph, 'visibility', hidden ? 'hidden' : null);
      attr(text, 'x', round(start + glyphRoom));
      attr(text, 'visibility', hidden ? 'hidden' : null);
    });
}

/**
 * A mark's parts, in order: the focus ring where it is needed, its shape, the open end's tail, then
 * the glyph and label once the label has been shown.
 */
function partsOf(g: SVGGElement) {
  let first = g.firstElementChild!;
  const ring = first.classList.contains('focus-ring') ? first : undefined;
  if (ring) first = ring.nextElementSibling!;
  const last = g.lastElementChild!;
  const label = last.classList.contains('label') ? last : undefined;
  const tail = first.nextElementSibling?.classList.contains('tail') ? first.nextElementSibling : undefined;
  return { ring, shape: first, tail, label };
}
