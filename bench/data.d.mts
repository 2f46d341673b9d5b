// Types of bench/data.mjs, for the tests that share its seeded PRNG.
import type { TimelineEvent } from '../src/model/types.js';

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number;
export const CATEGORIES: string[];
export function generateEvents(n: number, seed?: number): TimelineEvent[];
