/**
 * Keyboard movement between events: ←/→ in time order, ↑/↓ to the nearest event in time on the
 * row above or below, Home/End to the first or last. Pure; the element owns focus.
 */
import type { PlacedEvent } from './lanes.js';

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const NAVIGATION_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

export const isNavigationKey = (key: string): key is NavigationKey => NAVIGATION_KEYS.has(key);

/** The event focus moves to from `current` (undefined: none yet) on `key`; `placed` is in time order. */
export function nextEvent(
  placed: readonly PlacedEvent[],
  current: PlacedEvent | undefined,
  key: NavigationKey,
): PlacedEvent | undefined {
  if (!placed.length) return undefined;
  if (key === 'Home' || !current) return key === 'End' ? placed[placed.length - 1] : placed[0];
  if (key === 'End') return placed[placed.length - 1];
  const i = placed.indexOf(current);
  if (key === 'ArrowRight') return placed[Math.min(i + 1, placed.length - 1)];
  if (key === 'ArrowLeft') return placed[Math.max(i - 1, 0)];

  // ↑/↓: the nearest row in that direction that has events, then the event nearest in time.
  const down = key === 'ArrowDown';
  let rowY: number | undefined;
  for (const p of placed) {
    const beyond = down ? p.y > current.y : p.y < current.y;
    if (beyond && (rowY === undefined || (down ? p.y < rowY : p.y > rowY))) rowY = p.y;
  }
  if (rowY === undefined) return current;
  const centre = (p: PlacedEvent) => (p.fromMs + p.toMs) / 2;
  let best: PlacedEvent | undefined;
  for (const p of placed) {
    if (p.y !== rowY) continue;
    if (!best || Math.abs(centre(p) - centre(current)) < Math.abs(centre(best) - centre(current))) best = p;
  }
  return best;
}
