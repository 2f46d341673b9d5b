/**
 * A categorical palette safe for colour-vision deficiencies (Okabe–Ito and Paul Tol's muted set),
 * kept to colours with at least 3:1 contrast on white and on the dark theme's #16181d.
 * Colour is never the only cue: categories also differ by lane and label.
 */
export const PALETTE = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#AA4499', // purple
  '#999933', // olive
  '#CC6677', // rose
  '#6F6F6F', // grey
  '#4477AA', // steel blue
  '#117733', // green
  '#CC79A7', // reddish purple
] as const;

export function paletteColor(index: number): string {
  return PALETTE[index % PALETTE.length];
}
