/** A tiny seeded PRNG (mulberry32) for property-style tests: the same seed, the same cases. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
