/**
 * The zoom toolbar: the window shown, in words, and the buttons Zoom out, Zoom in and Reset zoom;
 * and the wheel hint over the chart.
 */
import { cssProps } from './css-props.js';
import { html, nothing } from 'lit';
import type { ZoomController } from '../controllers/zoom-controller.js';
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
  return html`<div class="toolbar" part="toolbar">
    <span class="range" part="range">${formatWindow(w, locale)}</span>
    <div class="zoom" role="group" aria-label=${t.zoomControls}>
      <button
        type="button"
        part="zoom-button"
        aria-label=${t.zoomOut}
        aria-disabled=${String(!canOut)}
        @click=${() => zoom.act('zoom-out', true)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        part="zoom-button"
        aria-label=${t.zoomIn}
        aria-disabled=${String(!canZoomIn(w))}
        @click=${() => zoom.act('zoom-in', true)}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        part="zoom-button"
        class="reset"
        aria-label=${t.resetZoom}
        aria-disabled=${String(!canOut)}
        @click=${() => zoom.act('reset', true)}
      >
        ${t.reset}
      </button>
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
