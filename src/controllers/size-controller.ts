/**
 * The host's content width, kept current by a ResizeObserver. Changes are applied on the next
 * animation frame, once per frame however many arrive: the re-render then happens outside the
 * observer's callback, so a height change it causes never loops the observer.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private frame = 0;
  private observed = -1;
  /** The width read directly before the observer reported: its first report of it is no change. */
  private read = -1;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Content width in px (0 while hidden). Read directly until the observer has reported. */
  get width(): number {
    return this.observed >= 0 ? this.observed : (this.read = this.contentWidth());
  }

  /** `clientWidth` less the padding a page may give the element: the width the observer reports. */
  private contentWidth(): number {
    const { paddingLeft, paddingRight } = getComputedStyle(this.host);
    const padding = (parseFloat(paddingLeft) || 0) + (parseFloat(paddingRight) || 0);
    return Math.max(0, Math.round(this.host.clientWidth - padding)); // (hidden: no width, padding or not)
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width === this.observed) return;
      cancelAnimationFrame(this.frame);
      // The first report, of the width already drawn at: no second render at mount.
      if (this.observed < 0 && width === this.read) return void (this.observed = width);
      this.frame = requestAnimationFrame(() => {
        this.observed = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.observed = this.read = -1;
  }
}
