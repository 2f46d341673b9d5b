/**
 * A shape per category, the cue besides colour: the legend's chips, the lane headings and the
 * marks' labels draw the same glyph, so categories never differ by colour alone.
 *
 * Seven shapes, assigned by category index. Seven is prime to the palette's ten colours: a
 * derived (colour, shape) pair repeats only every 70 categories, and the embedded categories that
 * share a colour get different shapes.
 */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wedge'] as const;

export type Shape = (typeof SHAPES)[number];

/** The shape of the category at `index` in the data's category order. */
export function shapeFor(index: number): Shape {
  return SHAPES[((index % SHAPES.length) + SHAPES.length) % SHAPES.length];
}

/** Vertices of the polygonal shapes in a unit box centred on 0,0 (y down). */
const POLYGONS: Record<Exclude<Shape, 'circle'>, readonly (readonly [number, number])[]> = {
  square: [
    [-0.82, -0.82],
    [0.82, -0.82],
    [0.82, 0.82],
    [-0.82, 0.82],
  ],
  triangle: [
    [0, -1],
    [1, 0.8],
    [-1, 0.8],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  star: Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 0.45 : 1.05;
    const a = (i * Math.PI) / 5 - Math.PI / 2;
    return [r * Math.cos(a), r * Math.sin(a) + 0.08] as const;
  }),
  cross: [
    [-0.34, -1],
    [0.34, -1],
    [0.34, -0.34],
    [1, -0.34],
    [1, 0.34],
    [0.34, 0.34],
    [0.34, 1],
    [-0.34, 1],
    [-0.34, 0.34],
    [-1, 0.34],
    [-1, -0.34],
    [-0.34, -0.34],
  ],
  wedge: [
    [-1, -0.8],
    [1, -0.8],
    [0, 1],
  ],
};

/** px to the hundredth: the same position always writes the same text (shapes here, and the renderers' places). */
export const round = (px: number) => Math.round(px * 100) / 100;

/** `v` held within `[lo, hi]`; where the two cross (no room), `lo`. */
export const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

/** An SVG path for `shape`, centred on 0,0, fitting a box `2 * radius` wide. */
export function shapePath(shape: Shape, radius: number): string {
  if (shape === 'circle') {
    const r = round(radius * 0.92);
    return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
  }
  return `M${POLYGONS[shape].map(([x, y]) => `${round(x * radius)},${round(y * radius)}`).join('L')}Z`;
}

/** Each category's glyph path, by its place in `categories`. */
export function glyphPaths(categories: readonly { readonly id: string }[], radius: number): Map<string, string> {
  return new Map(categories.map((c, i) => [c.id, shapePath(shapeFor(i), radius)]));
}
