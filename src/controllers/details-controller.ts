/**
 * Details on demand and keyboard access to the events: the chart's one Tab stop (a roving
 * tabindex over the marks), ←/→ ↑/↓ Home/End between events, a tooltip on hover and focus, the
 * detail card on click or Enter/Space (`cocir-select`), Esc to close the topmost, and the list
 * view. Listens on the elements the host's template binds it to; holds one timer, cleared on
 * disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNavigationKey, nextEvent } from '../layout/navigation.js';
import type { PlacedEvent } from '../layout/lanes.js';
import { clamp } from '../model/shapes.js';
import type { NormalizedEvent, ResolvedCategory, TimelineEvent } from '../model/types.js';
import { renderCard, renderTooltip } from '../ui/details.js';
import { LIST_LIMIT } from '../ui/event-list.js';

/** Detail of `cocir-select`. */
export interface TimelineSelectDetail {
  event: TimelineEvent;
}

export interface DetailsOptions {
  /** Every laid-out event, in time order. */
  placed(): readonly PlacedEvent[];
  /** Whether the chart has a width: while it has none (hidden), nothing is laid out, yet nothing went. */
  sized(): boolean;
  /** The events in view, in time order. */
  inView(): readonly PlacedEvent[];
  /** Makes the event's mark drawn (pans the view to it) and returns once the host has drawn. */
  reveal(placed: PlacedEvent): Promise<void>;
  category(id: string): ResolvedCategory | undefined;
  locale(): string;
}

interface Tip {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly below: boolean;
  /** Its top if it goes below the mark. */
  readonly yBelow: number;
}

/** How long a tooltip waits for the pointer to reach it before it hides. */
const HIDE_DELAY = 150;
/** Esc alone, not yet taken by anything closer to where it was pressed. */
const plainEscape = (e: KeyboardEvent) =>
  e.key === 'Escape' && !e.defaultPrevented && !e.ctrlKey && !e.metaKey && !e.altKey;

/** Focus this soon after a finger's press follows the tap (a later Tab from a keyboard does not). */
const TOUCH_FOCUS_MS = 1000;

export class DetailsController implements ReactiveController {
  /** The event holding the Tab stop. */
  focusedId?: string;
  /** The event whose card is open. */
  selectedId?: string;
  /** The list view is shown instead of the chart. */
  listView = false;
  /** Rows the list view lists (more at each "List more"; back to the first ones when it opens again). */
  listLimit = LIST_LIMIT;
  /** An event the list view lists however far down it is: the first of the cluster that opened it. */
  listKeep?: string;
  /** The view the list was last made for. */
  private listedView?: string;
  private tip?: Tip;
  /** What had focus when the card was opened from the keyboard: focus returns there. */
  private returnFocus?: HTMLElement | SVGElement;
  private hideTimer = 0;
  /** When a finger last pressed in the element (event time, ms). */
  private touchedAt = -Infinity;
  private readonly notePointer = (e: PointerEvent) => {
    this.touchedAt = e.pointerType === 'touch' ? e.timeStamp : -Infinity;
  };
  /** Esc anywhere in the element closes the topmost: the card, then the tooltip. */
  private readonly escape = (e: KeyboardEvent) => {
    if (plainEscape(e) && this.closeTopmost()) e.preventDefault();
  };
  /** Esc on the page outside hides a tooltip shown by hover (the card stays): heard only while one is up. */
  private readonly escapeOutside = (e: KeyboardEvent) => {
    if (!plainEscape(e) || !this.tip) return;
    e.preventDefault(); // one Esc, one layer: a dialog of the page's around it stays open
    this.tip = undefined;
    this.host.requestUpdate();
  };
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DetailsOptions,
  ) {
    host.addController(this);
  }

  /**
   * Before each render (the new layout is in): a card whose event is no longer laid out (its
   * category hidden, new data) closes, and stays closed; focus in it moves on into the chart.
   */
  hostUpdate(): void {
    if (this.tip && !this.find(this.tip.id)) this.tip = undefined; // its event went (new data, a filter)
    const id = this.selectedId;
    if (id === undefined || !this.options.sized() || this.find(id)) return;
    this.selectedId = undefined;
    if (this.root()?.activeElement?.closest('.card')) void this.refocus(id);
    else this.returnFocus = undefined;
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.notePointer, true);
    this.host.addEventListener('keydown', this.escape);
  }

  hostUpdated(): void {
    this.listen(!!this.tip);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.notePointer, true);
    this.host.removeEventListener('keydown', this.escape);
    this.listen(false);
    clearTimeout(this.hideTimer);
    this.tip = undefined;
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) document.addEventListener('keydown', this.escapeOutside);
    else document.removeEventListener('keydown', this.escapeOutside);
  }

  /** The focused event's id when it is among `visible` (it keeps the Tab stop), else undefined. */
  focusedIn(visible: readonly PlacedEvent[]): string | undefined {
    const id = this.focusedId;
    return id !== undefined && visible.some((p) => p.event.id === id) ? id : undefined;
  }

  /** Keys on the chart: returns true when it handled the key (the zoom keys are the host's). */
  handleKeydown = (e: KeyboardEvent): boolean => {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const current = this.markOf(e);
    if (isNavigationKey(e.key) && !e.shiftKey) {
      const next = current ? nextEvent(this.options.placed(), this.find(current), e.key) : this.fromChart(e.key);
      if (!next) return false;
      e.preventDefault();
      void this.focusEvent(next);
      return true;
    }
    if (!current) return false;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const placed = this.find(current);
      if (placed) void this.select(placed.event, true);
      return true;
    }
    return false;
  };

  /**
   * Where a key on the chart itself goes (it has focus when nothing was in view, or after a click):
   * Home/End to the first or last event; → and ← to the first or last in view, if any (with none
   * in view they pan).
   */
  private fromChart(key: string): PlacedEvent | undefined {
    if (key === 'Home' || key === 'End') return nextEvent(this.options.placed(), undefined, key);
    if (key === 'ArrowRight') return this.options.inView()[0];
    if (key === 'ArrowLeft') return this.options.inView().at(-1);
    return undefined;
  }

  /**
   * The arrows on a cluster (whose first event is `first`): → to that event, the others on from
   * it, as if it had focus. Returns true when it handled the key.
   */
  handleClusterKeydown(e: KeyboardEvent, first: PlacedEvent): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || !isNavigationKey(e.key)) return false;
    const next = e.key === 'ArrowRight' ? first : nextEvent(this.options.placed(), first, e.key);
    if (!next) return false;
    e.preventDefault();
    void this.focusEvent(next);
    return true;
  }

  handleClick = (e: MouseEvent): void => {
    const id = this.markOf(e);
    const placed = id ? this.find(id) : undefined;
    // A click without a pointer (detail 0: a screen reader's or a switch's activation) acts as a key.
    if (placed) void this.select(placed.event, e.detail === 0);
  };

  handlePointerOver = (e: PointerEvent): void => {
    const mark = this.markElement(e);
    // Not for a finger: it has no hover, and one scrolling the page across a mark would leave a tooltip up.
    if (mark && e.pointerType !== 'touch') this.showTip(mark);
  };

  handlePointerOut = (e: PointerEvent): void => {
    if (this.markElement(e)) this.scheduleHide();
  };

  handleFocusIn = (e: FocusEvent): void => {
    const mark = this.markElement(e);
    if (!mark) return;
    this.focusedId = mark.dataset.id;
    this.host.requestUpdate(); // the Tab stop, and its focus ring, move to the mark
    if (!this.afterTouch(e.timeStamp)) this.showTip(mark);
  };

  handleFocusOut = (e: FocusEvent): void => {
    if (this.markElement(e)) this.scheduleHide();
  };

  /** The tooltip stays while the pointer is on it. */
  handleTipEnter = (): void => clearTimeout(this.hideTimer);
  handleTipLeave = (): void => this.scheduleHide();

  /** The chart moved under the tooltip (a pan or zoom): it no longer points at its mark. */
  dismissTip(): void {
    if (!this.tip) return;
    this.tip = undefined;
    this.host.requestUpdate();
  }

  toggleList = (): void => {
    this.listView = !this.listView;
    this.listLimit = LIST_LIMIT;
    this.listKeep = this.listedView = undefined;
    this.host.requestUpdate();
  };

  /** `LIST_LIMIT` rows more after the `listed` ones; focus on the first of them (announced, and Tab goes on from there). */
  listMore = async (listed: number): Promise<void> => {
    this.listLimit = listed + LIST_LIMIT;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.root()?.querySelectorAll<HTMLElement>('.list-title')[listed]?.focus();
  };

  /** A new view starts the list again: its first rows, nothing kept. */
  listedIn(view: string): void {
    if (this.listedView !== undefined && view !== this.listedView)
      [this.listLimit, this.listKeep] = [LIST_LIMIT, undefined];
    this.listedView = view;
  }

  /** The tooltip, positioned in the chart box, or nothing. */
  renderTooltip() {
    const tip = this.tip;
    const placed = tip && this.find(tip.id);
    if (!tip || !placed) return undefined;
    const { event } = placed;
    return renderTooltip(event, tip.x, tip.y, tip.below, this.context(event), {
      enter: this.handleTipEnter,
      leave: this.handleTipLeave,
    });
  }

  /** The open detail card, or nothing. */
  renderCard() {
    const event = this.selectedId ? this.find(this.selectedId)?.event : undefined;
    if (!event) return undefined;
    return renderCard(event, () => this.close(true), this.context(event));
  }

  /**
   * Opens the card of an event and announces it; from the keyboard, focus moves into the card.
   * After a click it is scrolled into view: it follows the chart, which on a phone is taller than the screen.
   */
  async select(event: NormalizedEvent, fromKeyboard: boolean): Promise<void> {
    this.selectedId = event.id;
    this.tip = undefined;
    this.host.requestUpdate();
    const detail: TimelineSelectDetail = { event: event.record };
    this.host.dispatchEvent(new CustomEvent('cocir-select', { detail, bubbles: true, composed: true }));
    // Focus goes back where it was when the card opened from a key; after a click, to the mark clicked.
    this.returnFocus = fromKeyboard ? ((this.root()?.activeElement as HTMLElement | null) ?? undefined) : undefined;
    await this.host.updateComplete;
    const card = this.root()?.querySelector<HTMLElement>('.card');
    if (fromKeyboard) card?.focus();
    // From the list the row clicked stays in sight, above the card that sticks to the window's foot.
    else (this.listView ? this.row(event.id) : card)?.scrollIntoView({ block: 'nearest' });
  }

  /** Esc: the card first, then the tooltip. Focus the reader moved on to (a mark, the legend) stays there. */
  private closeTopmost(): boolean {
    const at = this.root()?.activeElement;
    if (this.selectedId) return this.close(!at || at.matches('svg.plot'));
    if (this.tip) {
      this.tip = undefined;
      this.host.requestUpdate();
      return true;
    }
    return false;
  }

  private close(refocus: boolean): boolean {
    const id = this.selectedId;
    this.selectedId = undefined;
    this.host.requestUpdate();
    if (refocus && id) void this.refocus(id);
    return true;
  }

  private async refocus(id: string): Promise<void> {
    await this.host.updateComplete;
    const back = this.returnFocus;
    this.returnFocus = undefined;
    const root = this.root();
    // The first that is shown of: where focus was, the event's mark or row in the list view, the
    // chart's Tab stop (the event left the view), the chart, the list's first row, and the heading.
    const shown = (el: Element | null | undefined) => (el?.isConnected && !el.closest('[hidden]') ? el : undefined);
    const target =
      shown(back) ??
      shown(this.mark(id)) ??
      shown(this.row(id)) ??
      shown(root?.querySelector('.marks [tabindex="0"]')) ??
      shown(root?.querySelector('svg.plot')) ??
      shown(root?.querySelector('.list-title')) ??
      root?.querySelector('#heading');
    (target as HTMLElement | SVGElement | null | undefined)?.focus();
  }

  /**
   * Gives an event the Tab stop and focus: drawn as a mark even where its neighbours are
   * clustered, and with `reveal`, the view brought to it first.
   */
  async focusEvent(placed: PlacedEvent, reveal = true): Promise<void> {
    this.focusedId = placed.event.id;
    this.host.requestUpdate();
    await (reveal ? this.options.reveal(placed) : this.host.updateComplete);
    this.mark(placed.event.id)?.focus();
  }

  private showTip(mark: SVGGElement): void {
    clearTimeout(this.hideTimer);
    const box = mark.closest('.chart')?.getBoundingClientRect();
    const shape = (mark.querySelector('.shape') ?? mark).getBoundingClientRect();
    if (!box) return;
    const below = shape.top - box.top < 90;
    const yBelow = shape.bottom - box.top + 8;
    this.tip = {
      id: mark.dataset.id!,
      x: clamp(shape.left - box.left, 0, box.width - 240),
      y: below ? yBelow : shape.top - box.top - 22,
      below,
      yBelow,
    };
    this.host.requestUpdate();
    void this.fitTip(box);
  }

  /**
   * Once drawn, the tooltip is kept inside the chart, which clips it, and the window: moved left,
   * put below its mark where there is room there, else held inside over the mark.
   */
  private async fitTip({ width, height, top }: DOMRect): Promise<void> {
    await this.host.updateComplete;
    const tip = this.tip;
    const el = this.root()?.querySelector<HTMLElement>('.tooltip');
    if (!tip || !el) return;
    const h = el.offsetHeight;
    const x = clamp(tip.x, 0, width - el.offsetWidth);
    let { y, below } = tip;
    // (`top + y`: where one above would end in the window.)
    if (!below && (y < h || top + y < h) && tip.yBelow + h <= height) [y, below] = [tip.yBelow, true];
    // A tooltip above ends at y; one below starts there.
    y = below ? clamp(y, 0, height - h) : clamp(y, h, height);
    if (x === tip.x && y === tip.y) return;
    this.tip = { ...tip, x, y, below };
    this.host.requestUpdate();
  }

  /**
   * Whether focus at `time` follows a finger's tap (on the mark, or on a card's Close that gives
   * focus back): its tooltip would stay, as nothing on a touch screen takes it away.
   */
  private afterTouch(time: number): boolean {
    return time - this.touchedAt < TOUCH_FOCUS_MS;
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      // Focus keeps its own mark's tooltip; one the pointer left gives way to it (not after a tap).
      const focused = this.root()?.activeElement?.closest?.<SVGGElement>('g.mark');
      if (focused && focused.dataset.id === this.tip?.id) return;
      if (focused && !this.afterTouch(performance.now())) return this.showTip(focused);
      this.tip = undefined;
      this.host.requestUpdate();
    }, HIDE_DELAY);
  }

  private context(event: NormalizedEvent) {
    return { locale: this.options.locale(), category: this.options.category(event.category) };
  }

  private find(id: string): PlacedEvent | undefined {
    return this.options.placed().find((p) => p.event.id === id);
  }

  private root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  private mark(id: string): SVGGElement | null {
    return this.root()?.querySelector<SVGGElement>(`g.mark[data-id="${CSS.escape(id)}"]`) ?? null;
  }

  /** The event's row in the list view (its title's button). */
  row(id: string): HTMLButtonElement | null {
    return this.root()?.querySelector<HTMLButtonElement>(`.list-title[data-id="${CSS.escape(id)}"]`) ?? null;
  }

  private markElement(e: Event): SVGGElement | undefined {
    return ((e.target as Element | null)?.closest?.('g.mark') as SVGGElement | null) ?? undefined;
  }

  private markOf(e: Event): string | undefined {
    return this.markElement(e)?.dataset.id;
  }
}
