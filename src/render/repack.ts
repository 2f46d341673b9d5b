/**
 * The short slide when lanes re-pack after a filter change (FLIP): read where the layers' groups
 * stand before the renderers move them, then animate each moved group from there to where it now
 * stands. Transform only, on the compositor; none when `duration` is 0.
 */

type Offsets = Map<SVGGraphicsElement, { x: number; y: number }>;

/**
 * Where each node stands now, including a slide still running. The running animations are asked
 * for once, of the nodes' root, not node by node (a thousand marks would each flush style).
 */
export function captureOffsets(nodes: Iterable<SVGGraphicsElement>): Offsets {
  const offsets: Offsets = new Map();
  const list = [...nodes];
  const root = list[0]?.getRootNode() as (Document | ShadowRoot) | undefined;
  const running = new Map<Element, Animation[]>();
  for (const a of root?.getAnimations?.() ?? []) {
    const target = (a.effect as KeyframeEffect | null)?.target;
    if (target) running.set(target, [...(running.get(target) ?? []), a]);
  }
  for (const node of list) {
    const slides = running.get(node);
    const m = slides ? new DOMMatrix(getComputedStyle(node).transform) : matrixOf(node);
    for (const a of slides ?? []) a.cancel();
    offsets.set(node, { x: m.e, y: m.f });
  }
  return offsets;
}

/** Slides every node still in the document from its captured offset to its current one. */
export function slideFrom(before: Offsets, duration: number): void {
  if (duration <= 0) return;
  for (const [node, from] of before) {
    if (!node.isConnected) continue;
    const to = matrixOf(node);
    if (from.x === to.e && from.y === to.f) continue;
    node.animate(
      [{ transform: `translate(${from.x}px, ${from.y}px)` }, { transform: `translate(${to.e}px, ${to.f}px)` }],
      { duration, easing: 'cubic-bezier(0.2, 0, 0, 1)' },
    );
  }
}

/** The slide's length: 200 ms, none for readers who ask for reduced motion. */
export function repackDuration(): number {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 200;
}

function matrixOf(node: SVGGraphicsElement): { e: number; f: number } {
  return node.transform.baseVal.consolidate()?.matrix ?? { e: 0, f: 0 };
}
