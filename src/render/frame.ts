/**
 * A pan-stable frame for a layer's content. Children are placed in px from an origin instant at
 * the current zoom level, and one group, translated to the view, holds them: a pan moves the group
 * only, so no child needs new coordinates (or a new layout); a zoom re-bases the frame and the
 * children are placed again. `attr` writes an attribute only when its value changes; `svg` makes
 * an element with its attributes.
 */
import type { ScaleLinear } from 'd3-scale';
import { round } from '../model/shapes.js';

export interface Frame {
  /** The group children go in. */
  readonly g: SVGGElement;
  /** Instant → px in the frame. */
  readonly x: (ms: number) => number;
  /** Where the frame's 0 stands in the view, in px: view px = frame px + `offset`. */
  readonly offset: number;
}

interface Basis {
  originMs: number;
  /** px per ms. */
  k: number;
}

const bases = new WeakMap<SVGGElement, Basis>();
/** Re-base before coordinates grow large: SVG keeps them in single precision. */
const FAR = 100_000;

/** The frame group (the layer's first child `g.frame`), based and translated for the view `x`. */
export function frameFor(layer: SVGGElement, x: ScaleLinear<number, number>): Frame {
  const [d0, d1] = x.domain().map(Number);
  const [r0, r1] = x.range();
  const k = (r1 - r0) / (d1 - d0);
  let basis = bases.get(layer);
  // Scales rebuilt from a gesture's transform wobble in the last bits: that is still a pan.
  if (!basis || !(Math.abs(k - basis.k) <= 1e-9 * Math.abs(k)) || Math.abs(x(basis.originMs)) > FAR) {
    bases.set(layer, (basis = { originMs: d0, k }));
  }
  let g = layer.querySelector<SVGGElement>(':scope > g.frame');
  if (!g) layer.prepend((g = svg('g', { class: 'frame' })));
  const { originMs, k: scale } = basis;
  const offset = round(x(originMs));
  attr(g, 'transform', `translate(${offset},0)`);
  return { g, x: (ms) => round((ms - originMs) * scale), offset };
}

/** The datum of the drawing (`selector`: `g.mark`, `g.cluster` or both) an event came from, if any. */
export function datumOf<T>(e: Event, selector: string): T | undefined {
  return ((e.target as Element | null)?.closest?.(selector) as { __data__?: T } | null)?.__data__;
}

/** A new SVG element with its attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Sets (or, for `null`, removes) an attribute, unless it already has that value. */
export function attr(el: Element, name: string, value: string | number | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== String(value)) {
    el.setAttribute(name, String(value));
  }
}

/**
 * Puts the frame's drawings (marks and clusters, each with its datum) in the order of `order`
 * (their data, in time order), so that assistive technology reads them as the timeline runs.
 * Moves only what is out of order, with `moveBefore` where the browser has it (a moved node keeps
 * its focus).
 */
export function orderDrawn(g: SVGGElement, order: readonly unknown[]): void {
  type Drawn = Element & { __data__?: unknown };
  const rankOf = new Map(order.map((d, i) => [d, i]));
  const nodes = ([...g.children] as Drawn[]).filter((el) => rankOf.has(el.__data__));
  const sorted = nodes.map((el, i) => ({ el, i, rank: rankOf.get(el.__data__)! })).sort((a, b) => a.rank - b.rank);
  if (sorted.every((s, i) => s.i === i)) return;
  const move = (g as { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore;
  const focused = (g.getRootNode() as ShadowRoot | Document).activeElement;
  const position = new Map(sorted.map((s) => [s.el, s.i]));
  for (let k = sorted.length - 2; k >= 0; k--) {
    const { el } = sorted[k];
    const next = sorted[k + 1].el;
    if (position.get(el)! < position.get(next)!) continue;
    if (move) move.call(g, el, next);
    else g.insertBefore(el, next);
    position.set(el, position.get(next)! - 0.5);
  }
  // Without moveBefore, a moved node loses focus: give it back.
  const lost =
    !move && focused && g.contains(focused) && focused !== (g.getRootNode() as ShadowRoot | Document).activeElement;
  if (lost) (focused as HTMLElement | SVGElement).focus({ preventScroll: true });
}
