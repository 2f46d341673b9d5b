/**
 * What a key pressed on the chart asks of the view. Keys on a focused mark go first to the
 * details controller (←/→ ↑/↓ Home/End move between events); what reaches this table is
 * Shift+←/→ (pan without moving focus), ←/→ on the chart itself when no event is in view (with
 * events in view they move focus to the first or last of them), and the zoom keys.
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
