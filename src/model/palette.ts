/**
 * A categorical palette safe for colour-vision deficiencies (Okabe–Ito and Paul Tol's muted set),
 * kept to colours with at least 3:1 contrast on both themes' lane bands (#ffffff and #f4f5f7,
 * #16181d and #1f232a): the olive, green, purple and reddish purple are a shade off their sources for it.
 * Colour is never the only cue: categories also differ by lane and label.
 */
export const PALETTE = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#AA459A', // purple
  '#919130', // olive
  '#CC6677', // rose
  '#6F6F6F', // grey
  '#4477AA', // steel blue
  '#1D7E3D', // green
  '#C2739F', // reddish purple
] as const;

export function paletteColor(index: number): string {
  return PALETTE[index % PALETTE.length];
}
