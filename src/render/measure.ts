/** Label widths measured once with a canvas (no layout reads in the drawing path), cached per font. */
let context: OffscreenCanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function textWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    context ??= new OffscreenCanvas(1, 1).getContext('2d');
    if (context) {
      context.font = font;
      width = context.measureText(text).width;
    } else {
      width = text.length * 7; // no canvas: a safe over-estimate at 12px
    }
    if (cache.size > 50_000) cache.clear();
    cache.set(key, width);
  }
  return width;
}
