/**
 * Text widths from a canvas (no layout reads in the drawing path). `textWidth` measures a string
 * exactly, cached per font and text; `estimateTextWidth` sums widths of characters measured once
 * per font, for the many labels packed at a data change (a `measureText` call costs ~10 µs).
 */
let context: OffscreenCanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

function measure(text: string, font: string): number {
  context ??= new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return text.length * 7; // no canvas: a safe over-estimate at 12px
  context.font = font;
  return context.measureText(text).width;
}

export function textWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    width = measure(text, font);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, width);
  }
  return width;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The characters of `text` as a reader sees them: a flag, an emoji with a joiner, a letter and its
 * marks are one each. Without `Intl.Segmenter` (Firefox before 125), its code points.
 */
export function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  segmenter ??= new Intl.Segmenter();
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * `text` cut short with "…" to fit `room` px as `width` measures it; whole when it fits. Cut
 * between characters as a reader sees them (never inside a surrogate pair or a flag), found in a
 * few measurements, not one per character; isolated, so that the "…" ends right-to-left text on its left.
 */
export function fitText(text: string, room: number, width: (s: string) => number): string {
  if (width(text) <= room) return text;
  const chars = graphemes(text);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  let [lo, hi] = [1, chars.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(cut(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return `\u2068${cut(lo)}\u2069`;
}

/** Forgets every width measured: a web font has come in where its fallback was measured. */
export function forgetWidths(): void {
  cache.clear();
  charWidths.clear();
}

/**
 * From here on (Hebrew, Arabic and the scripts after them, surrogate pairs such as emoji) a
 * string's width is not the sum of its characters': such text is measured whole.
 */
const SHAPED = 0x0590;

/** Per font, the width of each character below `SHAPED` (NaN until met): 11 KB per font. */
const charWidths = new Map<string, Float64Array>();
const MAX_FONTS = 16;

/**
 * A string's width as the sum of its characters' widths in `font`. Kerning and ligatures mostly
 * narrow Latin, Greek and Cyrillic text, so this errs on the wide side: fit for keeping labels
 * apart, not for placing them exactly. Text in other scripts is measured exactly (`textWidth`).
 */
export function estimateTextWidth(text: string, font: string): number {
  let widths = charWidths.get(font);
  if (!widths) {
    if (charWidths.size >= MAX_FONTS) charWidths.clear();
    charWidths.set(font, (widths = new Float64Array(SHAPED).fill(NaN)));
  }
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= SHAPED) return textWidth(text, font);
    let w = widths[code];
    if (Number.isNaN(w)) w = widths[code] = measure(text[i], font);
    sum += w;
  }
  return sum;
}
