/**
 * Seeded benchmark data: `n` events in 12 categories between 1990 and 2030, 70 % points (a mix of
 * year, month and day precision) and 30 % spans (a few of them ongoing). The same seed gives the
 * same events in Node and in the browser.
 */

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = Array.from({ length: 12 }, (_, i) => `category-${String(i + 1).padStart(2, '0')}`);

const WORDS = [
  'summit',
  'liaison',
  'working group',
  'standard',
  'workshop',
  'memorandum',
  'statement',
  'pilot',
  'conference',
  'alliance',
  'review',
  'consultation',
  'guidance',
  'framework',
  'roadmap',
  'report',
];
const FIRST_YEAR = 1990;
const YEARS = 41; // 1990–2030

const pad = (v) => String(v).padStart(2, '0');
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A date string at a random precision: 30 % year, 30 % month, 40 % day. */
function dateAt(random, year, month, day) {
  const p = random();
  if (p < 0.3) return String(year);
  if (p < 0.6) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `n` valid events, deterministic for a given `seed`. */
export function generateEvents(n, seed = 7) {
  const random = prng(seed ^ n);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const events = [];
  for (let i = 0; i < n; i++) {
    const year = FIRST_YEAR + Math.floor(random() * YEARS);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysIn(year, month));
    const event = {
      id: `e${i}`,
      title: `${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase()),
      category: pick(CATEGORIES),
      start: dateAt(random, year, month, day),
    };
    if (random() < 0.3) {
      if (random() < 0.05) event.end = 'ongoing';
      else {
        // From a few days to about eight years later, at its own precision, never past 2030.
        const endMs = Date.UTC(year, month - 1, day) + (2 + random() * random() * 3000) * 86_400_000;
        const end = new Date(Math.min(endMs, Date.UTC(FIRST_YEAR + YEARS - 1, 11, 31)));
        // The end falls on or after the start's day: valid at any precision.
        event.end = dateAt(random, end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
      }
    }
    if (random() < 0.2) event.description = `Generated event ${i} for the benchmark.`;
    events.push(event);
  }
  return events;
}
