/**
 * The legend: one toggle chip per category (its shape and colour, label and count of events in
 * view) with an "only" action beside it, and "Show all" / "Show none". The chips form a toolbar
 * with one tab stop: ←/→ (or ↑/↓), Home and End move between its buttons.
 */
import { cssProps } from './css-props.js';
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { shapeFor, shapePath } from '../model/shapes.js';
import type { ResolvedCategory } from '../model/types.js';

export interface LegendProps {
  readonly categories: readonly ResolvedCategory[];
  readonly isShown: (id: string) => boolean;
  /** Events of each category in the current view. */
  readonly counts: ReadonlyMap<string, number>;
  readonly strings: Strings;
  /** Index of the toolbar button that holds the tab stop (chip `2i`, its "only" `2i + 1`). */
  readonly active: number;
  readonly onToggle: (id: string) => void;
  readonly onOnly: (id: string) => void;
  readonly onShowAll: () => void;
  readonly onShowNone: () => void;
  readonly onActive: (index: number) => void;
}

export function renderLegend(p: LegendProps): TemplateResult {
  const t = p.strings;
  const buttons = (e: Event) => [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
  const handleFocusIn = (e: FocusEvent) => {
    const index = buttons(e).indexOf(e.target as HTMLButtonElement);
    if (index >= 0) p.onActive(index);
  };
  const handleKeydown = (e: KeyboardEvent) => {
    const all = buttons(e);
    const from = all.indexOf(e.target as HTMLButtonElement);
    // ← and → follow the chips as they are laid out: right to left on a right-to-left page.
    const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
    const to = moveIndex(rtl ? (FLIP[e.key] ?? e.key) : e.key, from, all.length);
    if (to === undefined || from < 0) return;
    e.preventDefault();
    all[to].focus();
  };
  return html`<div class="legend" part="legend">
    <div class="legend-head">
      <span class="legend-label" id="legend-label">${t.legend}</span>
      <button type="button" class="legend-action" part="legend-action" @click=${p.onShowAll}>${t.showAll}</button>
      <button type="button" class="legend-action" part="legend-action" @click=${p.onShowNone}>${t.showNone}</button>
    </div>
    <div
      class="chips"
      role="toolbar"
      aria-labelledby="legend-label"
      @keydown=${handleKeydown}
      @focusin=${handleFocusIn}
    >
      ${p.categories.map((c, i) => {
        const count = p.counts.get(c.id) ?? 0;
        return html`<span class="chip-pair" ${cssProps({ '--_color': c.color })}>
          <button
            type="button"
            class="chip"
            part="chip"
            data-category=${c.id}
            aria-pressed=${p.isShown(c.id) ? 'true' : 'false'}
            aria-label=${t.chipName(c.label, count)}
            tabindex=${p.active === 2 * i ? 0 : -1}
            @click=${(e: MouseEvent) => (e.altKey ? p.onOnly(c.id) : p.onToggle(c.id))}
          >
            <svg class="glyph" width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
              <path d=${shapePath(shapeFor(i), 5)}></path>
            </svg>
            <span class="chip-label">${c.label}</span>
            <span class="count">${t.count(count)}</span>
          </button>
          <button
            type="button"
            class="only"
            part="chip-only"
            aria-label=${t.showOnly(c.label)}
            tabindex=${p.active === 2 * i + 1 ? 0 : -1}
            @click=${() => p.onOnly(c.id)}
          >
            ${t.only}
          </button>
        </span>`;
      })}
    </div>
  </div>`;
}

const FLIP: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/** Where a key moves focus in a row of `n` buttons; undefined for keys the toolbar leaves alone. */
export function moveIndex(key: string, from: number, n: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (from + 1) % n;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (from - 1 + n) % n;
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return undefined;
  }
}
