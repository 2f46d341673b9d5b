/**
 * The "Download" menu button: the current view as an SVG or a PNG file. A WAI-ARIA menu button
 * (Enter, Space or ↓ open it on the first item, ↑ on the last; ↑/↓/Home/End move; Esc closes
 * back to the button; Tab closes it and moves on; so does a click elsewhere). Downloads go through a blob URL that
 * stays valid until the next download or until the element is removed. A PNG is drawn from the
 * SVG loaded as a `blob:` image; where the page's policy blocks that (`img-src` without `blob:`),
 * an alert under the button says so until it is dismissed (×, Esc) or the menu opens again.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { clamp } from '../model/shapes.js';
import { exportPng, type SvgExport } from '../render/export.js';
import { dismissButton } from './notice.js';

export type ExportFormat = 'svg' | 'png';

export interface ExportSource {
  /** The current view as a standalone SVG, or undefined when nothing is drawn. */
  snapshot(): SvgExport | undefined;
  /** The file name without its extension. */
  fileStem(): string;
}

export class ExportMenuController implements ReactiveController {
  private open = false;
  private url?: string;
  /** The last PNG could not be made. */
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.open = this.failed = false;
    this.release();
  }

  render(t: Strings) {
    return html`<div class="export" part="download" @keydown=${this.handleKeydown} @focusout=${this.handleFocusOut}>
      <button
        type="button"
        class="export-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="export-menu"
        @click=${() => this.toggle(!this.open, 'first')}
      >
        ${t.download}
      </button>
      <ul id="export-menu" role="menu" aria-label=${t.download} ?hidden=${!this.open}>
        <li role="none">
          <button type="button" role="menuitem" tabindex="-1" @click=${() => this.download('svg')}>
            ${t.downloadSvg}
          </button>
        </li>
        <li role="none">
          <button type="button" role="menuitem" tabindex="-1" @click=${() => this.download('png')}>
            ${t.downloadPng}
          </button>
        </li>
      </ul>
      <p class="export-failed" role="alert" ?hidden=${!this.failed}>
        ${this.failed ? html`<span>${t.pngFailed}</span>${dismissButton(t, this.dismissFailure)}` : nothing}
      </p>
    </div>`;
  }

  /** Saves the current view in `format` (also what the menu items do). */
  async download(format: ExportFormat): Promise<void> {
    this.toggle(false, 'button');
    if (this.failed) {
      this.failed = false;
      this.host.requestUpdate();
    }
    const snapshot = this.source.snapshot();
    if (!snapshot) return;
    let blob: Blob;
    try {
      blob =
        format === 'svg' ? new Blob([snapshot.svg], { type: 'image/svg+xml' }) : await exportPng(snapshot, pngScale());
    } catch {
      this.failed = this.host.isConnected; // (removed meanwhile: nothing to say)
      this.host.requestUpdate();
      return;
    }
    if (!this.host.isConnected) return; // removed meanwhile: release() has run, make nothing new
    this.release();
    const url = (this.url = URL.createObjectURL(blob));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.source.fileStem()}.${format}`;
    link.click();
  }

  private get root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  private button(): HTMLButtonElement | null | undefined {
    return this.root?.querySelector<HTMLButtonElement>('.export-button');
  }

  private items(): HTMLButtonElement[] {
    return [...(this.root?.querySelectorAll<HTMLButtonElement>('#export-menu [role="menuitem"]') ?? [])];
  }

  private async toggle(open: boolean, focus?: 'first' | 'last' | 'button'): Promise<void> {
    if (open !== this.open) {
      this.open = open;
      if (open) this.failed = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    if (focus === 'button') this.button()?.focus();
    else if (focus && open)
      this.items()
        .at(focus === 'first' ? 0 : -1)
        ?.focus();
  }

  private handleKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.failed && !this.open) {
      event.stopPropagation();
      return this.dismissFailure();
    }
    const onButton = (event.target as Element).classList.contains('export-button');
    if (onButton) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        this.toggle(true, event.key === 'ArrowDown' ? 'first' : 'last');
      } else if (event.key === 'Escape' && this.open) {
        event.stopPropagation();
        this.toggle(false);
      }
      return;
    }
    const items = this.items();
    const at = items.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const move: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in move) {
      event.preventDefault();
      items[move[event.key]].focus();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      this.toggle(false, 'button');
    } else if (event.key === 'Tab') {
      // Close, and let Tab move on from the button: to what follows it, or precedes it with Shift.
      this.button()?.focus();
      this.toggle(false);
    }
  };

  /** Focus left the menu and its button (Tab, a click elsewhere): close. */
  private handleFocusOut = (event: FocusEvent) => {
    const container = event.currentTarget as HTMLElement;
    if (this.open && !container.contains(event.relatedTarget as Node | null)) this.toggle(false);
  };

  /** × on the alert: it goes, and focus goes back to the button. */
  private dismissFailure = () => {
    this.failed = false;
    this.host.requestUpdate();
    this.button()?.focus();
  };

  private release(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }
}

/** Twice the CSS size at least, so the PNG stays sharp on a slide or a high-density screen. */
const pngScale = () => clamp(globalThis.devicePixelRatio || 1, 2, 4);
