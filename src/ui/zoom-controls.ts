/**
 * The zoom toolbar: the window shown, in words, and the buttons Earlier, Later, Zoom out, Zoom in
 * and Reset zoom (a pan without a drag, in the list view too); and the wheel hint over the chart.
 */
import { cssProps } from './css-props.js';
import { html, nothing } from 'lit';
import type { ZoomController } from '../controllers/zoom-controller.js';
import type { ChartAction } from './chart-keys.js';
import { stringsFor } from '../i18n/strings.js';
import { canZoomIn, canZoomOut, formatWindow } from '../model/zoom-window.js';

/**
 * Buttons stay focusable when they can do nothing more (`aria-disabled`, not `disabled`), so that
 * focus is not lost from a button the reader just pressed.
 */
export function renderZoomControls(zoom: ZoomController, locale: string) {
  const { window: w, bounds } = zoom;
  if (!w || !bounds) return nothing;
  const t = stringsFor(locale);
  const canOut = canZoomOut(w, bounds);
  const button = (action: ChartAction, label: string, can: boolean, face: unknown, reset = false) =>
    html`<button
      type="button"
      part="zoom-button"
      class=${reset ? 'reset' : nothing}
      aria-label=${label}
      aria-disabled=${String(!can)}
      @click=${() => zoom.act(action, true)}
    >
      ${face}
    </button>`;
  const glyph = (text: string) => html`<span aria-hidden="true">${text}</span>`;
  return html`<div class="toolbar" part="toolbar">
    <span class="range" part="range">${formatWindow(w, locale)}</span>
    <div class="zoom" role="group" aria-label=${t.zoomControls}>
      ${button('pan-back', t.earlier, w.fromMs > bounds.fromMs, glyph('‹'))}
      ${button('pan-forward', t.later, w.toMs < bounds.toMs, glyph('›'))}
      ${button('zoom-out', t.zoomOut, canOut, glyph('−'))} ${button('zoom-in', t.zoomIn, canZoomIn(w), glyph('+'))}
      ${button('reset', t.resetZoom, canOut, t.reset, true)}
    </div>
  </div>`;
}

/** "Ctrl + scroll to zoom", shown for a moment after a plain wheel over the chart. */
export function renderWheelHint(zoom: ZoomController, locale: string) {
  const apple = /Mac|iPhone|iPad/.test(navigator.platform);
  return html`<div
    class="hint"
    part="hint"
    aria-hidden="true"
    ?hidden=${!zoom.hint}
    ${cssProps({ top: `${zoom.hintY}px` })}
  >
    ${stringsFor(locale).wheelHint(apple)}
  </div>`;
}
