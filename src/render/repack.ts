/**
 * The short slide when lanes re-pack after a filter change (FLIP): read where the layers' groups
 * stand before the renderers move them, then animate each moved group from there to where it now
 * stands. Transform only, on the compositor; none when `duration` is 0.
 */

type Offsets = Map<SVGGraphicsElement, { x: number; y: number }>;

interface Slide {
  readonly animation: Animation;
  readonly from: { x: number; y: number };
  readonly to: { x: number; y: number };
}

/** The slide each node is in, kept here: asking the document for its animations costs more. */
const slides = new WeakMap<SVGGraphicsElement, Slide>();

/**
 * Where each node stands now. A node still sliding stands where its slide's eased progress has
 * taken it, and stops there (reading its computed transform instead would restyle the document).
 */
export function captureOffsets(nodes: Iterable<SVGGraphicsElement>): Offsets {
  const offsets: Offsets = new Map();
  for (const node of nodes) {
    const slide = slides.get(node);
    slides.delete(node);
    // Progress is null once a slide has finished or was cancelled (it fills nothing).
    const t = slide?.animation.effect?.getComputedTiming().progress;
    if (slide && t != null) {
      const { from, to } = slide;
      offsets.set(node, { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });
      slide.animation.cancel();
    } else {
      const m = matrixOf(node);
      offsets.set(node, { x: m.e, y: m.f });
    }
  }
  return offsets;
}

/**
 * Past this many moving groups the lanes jump instead: hundreds of clusters gliding at once are more
 * than an eye follows, and every frame of it restyles them all on the main thread, for 200 ms
 * (as ECharts' `animationThreshold` and Highcharts' `animationLimit` turn animation off).
 */
export const SLIDE_LIMIT = 100;

/** Slides every node still in the document from its captured offset to its current one; none past `SLIDE_LIMIT`. */
export function slideFrom(before: Offsets, duration: number): void {
  if (duration <= 0) return;
  const moves: [SVGGraphicsElement, { x: number; y: number }, { x: number; y: number }][] = [];
  for (const [node, from] of before) {
    if (!node.isConnected) continue;
    const m = matrixOf(node);
    const to = { x: m.e, y: m.f };
    if (from.x !== to.x || from.y !== to.y) moves.push([node, from, to]);
  }
  if (moves.length > SLIDE_LIMIT) return;
  for (const [node, from, to] of moves) {
    const animation = node.animate(
      [{ transform: `translate(${from.x}px, ${from.y}px)` }, { transform: `translate(${to.x}px, ${to.y}px)` }],
      { duration, easing: 'cubic-bezier(0.2, 0, 0, 1)' },
    );
    slides.set(node, { animation, from, to });
  }
}

/** The slide's length: 200 ms, none for readers who ask for reduced motion. */
export function repackDuration(): number {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 200;
}

function matrixOf(node: SVGGraphicsElement): { e: number; f: number } {
  return node.transform.baseVal.consolidate()?.matrix ?? { e: 0, f: 0 };
}
