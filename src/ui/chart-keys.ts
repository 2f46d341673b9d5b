/**
 * What a key pressed on the focused chart asks for. One table, so that later keys (moving
 * between events) join it here: plain and Shift+←/→ both pan for now.
 */
export type ChartAction = 'zoom-in' | 'zoom-out' | 'reset' | 'pan-back' | 'pan-forward' | 'first' | 'last';

const KEYS: Record<string, ChartAction> = {
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  '0': 'reset',
  ArrowLeft: 'pan-back',
  ArrowRight: 'pan-forward',
  Home: 'first',
  End: 'last',
};

/** The action for a key, or `undefined` (Ctrl/⌘/Alt combinations stay the browser's). */
export function chartAction(event: KeyboardEvent): ChartAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return Object.hasOwn(KEYS, event.key) ? KEYS[event.key] : undefined;
}
