/**
 * Labels of the visible marks. A label stands above its mark, from the mark's start, moved in so
 * that it stays inside the view (a span begun before the view, a mark near the right edge). It
 * is shown only where it meets neither the previous item nor the next mark of its row (nor what
 * `blocked` says is in the way, such as a cluster), and where it fits the view at all.
 * O(visible) per frame.
 */
import { clamp } from '../model/shapes.js';
import type { PlacedEvent } from './lanes.js';

/** Room kept at the view's right edge: SVG text can render a little wider than canvas measures it. */
const EDGE = 4;

/** Where a label of width `w` for a mark starting at `x0` stands in a view `width` wide. */
export function labelLeft(x0: number, w: number, width: number): number {
  return clamp(x0, 0, width - w - EDGE);
}

/** Label x per visible mark, in px; NaN where the label is hidden. */
export function placeLabels(
  visible: readonly PlacedEvent[],
  x: (ms: number) => number,
  labelWidth: (placed: PlacedEvent) => number,
  {
    width,
    gap,
    blocked,
  }: { width: number; gap: number; blocked?: (p: PlacedEvent, left: number, right: number) => boolean },
): Float64Array {
  const n = visible.length;
  const out = new Float64Array(n);
  const rowKey = (p: PlacedEvent) => p.lane * 4096 + p.row;
  // Right to left: where the next mark of each row begins.
  const nextStart = new Float64Array(n);
  const seen = new Map<number, number>();
  for (let i = n - 1; i >= 0; i--) {
    const key = rowKey(visible[i]);
    nextStart[i] = seen.get(key) ?? Infinity;
    seen.set(key, x(visible[i].fromMs));
  }
  // Left to right: where the previous item of each row ends.
  const prevEnd = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const p = visible[i];
    const key = rowKey(p);
    const x0 = x(p.fromMs);
    const w = labelWidth(p);
    const left = labelLeft(x0, w, width);
    const fits =
      left + w + EDGE <= width &&
      left >= (prevEnd.get(key) ?? -Infinity) &&
      left + w + gap <= nextStart[i] &&
      !blocked?.(p, left, left + w);
    out[i] = fits ? left : NaN;
    prevEnd.set(key, Math.max(x(p.toMs), fits ? left + w : -Infinity) + gap);
  }
  return out;
}
