/** A tiny seeded PRNG (mulberry32) for property-style tests: the same seed, the same cases. */
export { prng as seededRandom } from '../../bench/data.mjs';

/** An integer in [lo, hi]. */
export function randomInt(random: () => number, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A random civil date string between 1990 and 2020 at a random precision. */
export function randomDate(random: () => number): string {
  const year = randomInt(random, 1990, 2020);
  const precision = random();
  if (precision < 0.4) return String(year);
  const month = randomInt(random, 1, 12);
  if (precision < 0.7) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(randomInt(random, 1, 28))}`;
}
