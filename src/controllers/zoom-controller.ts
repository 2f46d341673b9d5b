/**
 * The view window and every way to change it. `window` (`[fromMs, toMs)`) is the source of
 * truth; d3-zoom on the chart's SVG is only an input device: a gesture's transform is turned into
 * a window, and a window set by the API, a key or a button is turned back into the transform,
 * silently. Only gestures carry a `sourceEvent`, so only they (and keys and buttons, which say so)
 * fire `cocir-range-change`, once, when they end. Gesture frames are drawn once per animation
 * frame; API steps glide for 200 ms unless the reader prefers reduced motion. On a touch screen
 * d3-zoom takes the pinches only: one finger pans through pointer events, sideways, and a vertical
 * swipe stays the page's (`touch-action: pan-y`; d3-zoom would cancel every touch move it follows).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { clamp } from '../model/shapes.js';
import { chartAction, type ChartAction } from '../ui/chart-keys.js';
import {
  clampWindow,
  panWindow,
  sameWindow,
  windowFrom,
  windowShowing,
  windowTo,
  zoomIn,
  zoomOut,
  MIN_SPAN_MS,
  type TimeWindow,
} from '../model/zoom-window.js';

/** Detail of `cocir-range-change`: the window shown, `to` exclusive. */
export interface RangeChangeDetail {
  from: Date;
  to: Date;
}

const DURATION = 200;
const HINT_MS = 1500;
/** Sideways travel, in px, before a finger pans: a tap may wobble. */
const TOUCH_SLOP = 8;
/** How long after a touch the mouse events a browser makes up for a tap are ignored, in ms. */
const TOUCH_MOUSE_MS = 1000;

/**
 * How far a wheel event zooms, as a power of 2. d3's default is ten times faster whenever Ctrl is
 * held, for a touchpad's pinch (which browsers send as Ctrl + wheel in small steps): a mouse notch
 * (100 px) with Ctrl zoomed 4×, past two steps of the ladder. With Ctrl or ⌘ a pinch's small steps
 * keep d3's pace up to 25 px, a step up to a notch zooms √2×, and larger ones (notches run
 * together) as much per px as a notch. A plain wheel (with `wheel-zoom`) keeps d3's rate.
 */
export function wheelDelta({ deltaY, deltaMode, ctrlKey, metaKey }: WheelEvent): number {
  if (!ctrlKey && !metaKey) return -deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002);
  const px = Math.abs(deltaY) * (deltaMode === 1 ? 100 / 3 : deltaMode ? 800 : 1);
  return -Math.sign(deltaY) * Math.min(0.02 * px, Math.max(0.5, 0.005 * px));
}

export class ZoomController implements ReactiveController {
  /** The window asked for: what `visibleRange` reports and the overview shows. */
  window?: TimeWindow;
  /** The window drawn: `window`, or a frame of the glide towards it. */
  shown?: TimeWindow;
  /** Let a plain wheel zoom (otherwise it is left to the page). */
  wheelZoom = false;
  /** Whether the "Ctrl + scroll to zoom" hint is up. */
  hint = false;
  /** Where in the chart the wheel was, px from its top: the hint shows there (a chart may be taller than the screen). */
  hintY = 0;

  /** The data's extent: no window is wider, and none lies outside it. */
  bounds?: TimeWindow;
  private years?: TimeWindow;
  private base?: ScaleLinear<number, number>;
  private svg?: SVGSVGElement;
  private readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  private gestureFrom?: TimeWindow;
  /**
   * d3-zoom's gestures under way (a drag, wheel or pinch, in px of the scale it began on; a drag
   * may start before a wheel's has ended); 0 once removal, new data or a resize cut them short.
   */
  private d3Gestures = 0;
  /** A one-finger pan: its pointer, where it went down (client px) and the window then. */
  private touchPan?: { id: number; x: number; from: TimeWindow; moved: boolean };
  /** When a finger last went down or up (event time, ms). */
  private lastTouch = -Infinity;
  private frame = 0;
  private glide = 0;
  private hintTimer = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Redraws the chart from `shown` (no Lit update). */
    private readonly draw: () => void,
  ) {
    host.addController(this);
    this.behaviour = zoom<SVGSVGElement, unknown>()
      .wheelDelta(wheelDelta)
      .filter((e: MouseEvent | TouchEvent) =>
        e.type === 'wheel'
          ? this.wheelZoom || e.ctrlKey || e.metaKey
          : e.type === 'touchstart'
            ? (e as TouchEvent).touches.length > 1
            : !e.ctrlKey && !(e as MouseEvent).button && e.timeStamp - this.lastTouch > TOUCH_MOUSE_MS,
      )
      .on('start', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (e.sourceEvent && this.d3Gestures++ === 0) this.gestureStart();
      })
      .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Only while ours: removal, new data or a resize ends it, though d3 follows the mouse on.
        if (e.sourceEvent && this.d3Gestures && this.base) this.gestureMove(e.transform.rescaleX(this.base).domain());
      })
      .on('end', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!e.sourceEvent) return;
        if (this.d3Gestures && --this.d3Gestures === 0) this.gestureEnd();
        else if (!this.d3Gestures) this.syncTransform(); // one ended early: d3's transform back on the window
      });
  }

  hostConnected(): void {
    if (this.svg) this.attach(this.svg);
  }

  hostDisconnected(): void {
    if (this.svg) this.detach(this.svg);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.glide);
    clearTimeout(this.hintTimer);
    this.frame = this.glide = this.hintTimer = 0;
    this.hint = false;
    this.shown = this.window;
    this.gestureFrom = this.touchPan = undefined; // a gesture cut short by removal never ends
    this.d3Gestures = 0;
  }

  /** Takes the chart's SVG as the zoom surface (once it is rendered). */
  attach(svg: SVGSVGElement): void {
    if (this.svg && this.svg !== svg) this.detach(this.svg);
    this.svg = svg;
    select(svg).call(this.behaviour).on('dblclick.zoom', null);
    svg.addEventListener('wheel', this.handleWheel, { passive: false });
    svg.addEventListener('dblclick', this.handleDblclick);
    svg.addEventListener('pointerdown', this.handlePointerDown);
    svg.addEventListener('pointermove', this.handlePointerMove);
    svg.addEventListener('pointerup', this.handlePointerEnd);
    svg.addEventListener('pointercancel', this.handlePointerEnd);
    svg.addEventListener('lostpointercapture', this.handlePointerEnd);
    this.syncTransform();
  }

  private detach(svg: SVGSVGElement): void {
    select(svg).on('.zoom', null);
    svg.removeEventListener('wheel', this.handleWheel);
    svg.removeEventListener('dblclick', this.handleDblclick);
    svg.removeEventListener('pointerdown', this.handlePointerDown);
    svg.removeEventListener('pointermove', this.handlePointerMove);
    svg.removeEventListener('pointerup', this.handlePointerEnd);
    svg.removeEventListener('pointercancel', this.handlePointerEnd);
    svg.removeEventListener('lostpointercapture', this.handlePointerEnd);
  }

  /**
   * New data: its extent bounds every window, `years` (whole years of the first and last events)
   * is where Home and End go, and `requested` is shown (silently, without a glide).
   */
  setData(bounds: TimeWindow | undefined, years: TimeWindow | undefined, requested: TimeWindow | undefined): void {
    this.bounds = bounds;
    this.years = years;
    cancelAnimationFrame(this.glide);
    this.gestureFrom = this.touchPan = undefined; // a gesture under way ends with the data it began on
    this.d3Gestures = 0;
    this.window = this.shown = bounds && requested ? clampWindow(requested, bounds) : undefined;
    this.syncTransform();
  }

  /** The fully zoomed-out scale (bounds over the width), new after each relayout. */
  setScale(base: ScaleLinear<number, number> | undefined, height: number): void {
    // d3's drag or pinch measures in the old width's px: it ends where it got to, without a jump.
    if (this.d3Gestures && base?.range()[1] !== this.base?.range()[1]) {
      this.d3Gestures = 0;
      this.gestureEnd();
    }
    this.base = base;
    if (base && this.bounds) {
      const width = base.range()[1];
      this.behaviour
        .extent([
          [0, 0],
          [width, Math.max(1, height)],
        ])
        .scaleExtent([1, Math.max(1, (this.bounds.toMs - this.bounds.fromMs) / MIN_SPAN_MS)])
        .translateExtent([
          [0, -Infinity],
          [width, Infinity],
        ]);
    }
    this.syncTransform();
  }

  /**
   * Shows `target` (kept inside the bounds). `user`: a key or button asked, so the change is
   * announced with `cocir-range-change`; otherwise it is silent. `glide: false` jumps there.
   */
  go(target: TimeWindow | undefined, user = false, glide = true): void {
    const { bounds } = this;
    if (!bounds || !target || !this.window) return;
    const next = clampWindow(target, bounds);
    if (sameWindow(next, this.window)) return;
    this.window = next;
    this.syncTransform();
    if (glide) this.glideTo(next);
    else this.stopGlide(); // (a glide under way would take the view back towards its own end)
    this.host.requestUpdate();
    if (user) this.announce();
  }

  /**
   * Brings `[fromMs, toMs)` into view, keeping the width (for the view to follow the event the
   * reader moves focus to: a user action, announced). No glide: the mark is drawn at once.
   */
  reveal(fromMs: number, toMs: number): void {
    const { window: w, bounds } = this;
    if (!w || !bounds) return;
    // A glide under way ends at once, where the event is sought: its mark must be drawn now.
    if (this.stopGlide()) this.host.requestUpdate();
    this.go(windowShowing(w, fromMs, toMs, bounds), true, false);
  }

  /**
   * A ladder step, a pan step, the first or last years, or all: for the API, keys and buttons. A
   * step in goes around the part in view of `around` (a focused event's time) if given, else around
   * the view's centre.
   */
  act(action: ChartAction, user = false, around?: readonly [number, number]): void {
    const { window: w, bounds, years } = this;
    if (!w || !bounds) return;
    const targets: Record<ChartAction, () => TimeWindow | undefined> = {
      'zoom-in': () => zoomIn(w, bounds, around),
      'zoom-out': () => zoomOut(w, bounds),
      reset: () => bounds,
      'pan-back': () => panWindow(w, -1, bounds),
      'pan-forward': () => panWindow(w, 1, bounds),
      first: () => years && windowFrom(w, years.fromMs, bounds),
      last: () => years && windowTo(w, years.toMs, bounds),
    };
    this.go(targets[action](), user);
  }

  /** A drag, pinch or wheel is under way (from its start to its end). */
  get gesturing(): boolean {
    return this.gestureFrom !== undefined;
  }

  /** Input devices (d3-zoom here, the overview's brush) report their gestures through these. */
  gestureStart(): void {
    // A glide under way jumps to its end, where the gesture starts from.
    if (this.stopGlide()) this.draw();
    this.gestureFrom = this.window;
  }

  /** Ends a glide under way at its end (`shown` is `window`); whether there was one. */
  private stopGlide(): boolean {
    const gliding = this.glide !== 0;
    cancelAnimationFrame(this.glide);
    this.glide = 0;
    this.shown = this.window;
    return gliding;
  }

  gestureMove([from, to]: readonly (Date | number)[]): void {
    if (!this.bounds) return;
    this.window = this.shown = clampWindow({ fromMs: Math.round(+from), toMs: Math.round(+to) }, this.bounds);
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.draw();
      });
    }
  }

  gestureEnd(): void {
    // d3 may still end a gesture (its wheel timer, a drag's window listeners) after removal.
    if (!this.host.isConnected) return;
    const from = this.gestureFrom;
    this.gestureFrom = undefined;
    this.syncTransform();
    // (No start: new data ended the gesture.)
    if (!from || !this.window) return;
    this.host.requestUpdate(); // what waits for the gesture's end (focus, the status) happens now
    if (!sameWindow(from, this.window)) this.announce();
  }

  private announce(): void {
    const detail: RangeChangeDetail = { from: new Date(this.window!.fromMs), to: new Date(this.window!.toMs) };
    this.host.dispatchEvent(new CustomEvent('cocir-range-change', { detail, bubbles: true, composed: true }));
  }

  /** Puts d3-zoom's transform where the window is, without events of ours. */
  private syncTransform(): void {
    const { svg, base, window: w, bounds } = this;
    if (!svg || !base || !w || !bounds || this.gestureFrom) return;
    const k = (bounds.toMs - bounds.fromMs) / (w.toMs - w.fromMs);
    this.behaviour.transform(select(svg), zoomIdentity.translate(-k * base(w.fromMs), 0).scale(k));
  }

  /** Glides `shown` to `target` over 200 ms (none if motion is reduced or nothing is drawn yet). */
  private glideTo(target: TimeWindow): void {
    cancelAnimationFrame(this.glide);
    const start = this.shown;
    if (!start || !this.base || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.shown = target;
      return;
    }
    const t0 = performance.now();
    const step = (now: number) => {
      // A frame's time may precede t0 (a click handled in the frame after its time was taken).
      const t = Math.min(1, Math.max(0, (now - t0) / DURATION));
      const e = 1 - (1 - t) ** 3;
      this.shown =
        t < 1
          ? {
              fromMs: start.fromMs + (target.fromMs - start.fromMs) * e,
              toMs: start.toMs + (target.toMs - start.toMs) * e,
            }
          : target;
      this.draw();
      this.glide = t < 1 ? requestAnimationFrame(step) : 0;
    };
    this.glide = requestAnimationFrame(step);
  }

  /** Keys on the focused chart (see `chartAction`); `around`: the focused event's time, to zoom in around. */
  handleKeydown(e: KeyboardEvent, around?: readonly [number, number]): void {
    const action = chartAction(e);
    if (!action) return;
    e.preventDefault();
    this.act(action, true, around);
  }

  /**
   * Runs when d3-zoom let a wheel through. A zooming wheel at the zoom's limit must still not
   * zoom the page; a plain wheel scrolls the page, and the hint says how to zoom instead.
   */
  private readonly handleWheel = (e: WheelEvent): void => {
    if (this.wheelZoom || e.ctrlKey || e.metaKey) {
      e.preventDefault();
      return;
    }
    if (Math.abs(e.deltaY) < Math.abs(e.deltaX)) return;
    const chart = (e.currentTarget as Element).parentElement!.getBoundingClientRect();
    // Its middle, kept 30 px (about half its height) inside the chart, which clips it.
    const y = clamp(e.clientY - chart.top, 30, chart.height - 30);
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => {
      this.hint = false;
      this.host.requestUpdate();
    }, HINT_MS);
    // Drawn again for a wheel only where the hint has to come up or move: a wheel comes at every frame.
    if (this.hint && Math.abs(y - this.hintY) <= 40) return;
    [this.hint, this.hintY] = [true, y];
    this.host.requestUpdate();
  };

  /** A finger down: it may pan. A second finger ends that pan; the pinch is d3-zoom's. */
  private readonly handlePointerDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') return;
    this.lastTouch = e.timeStamp;
    if (!e.isPrimary || !this.window) return this.endTouchPan();
    this.touchPan = { id: e.pointerId, x: e.clientX, from: this.window, moved: false };
  };

  /** The finger moved sideways (the browser scrolls the page, and cancels the pointer, for a vertical swipe). */
  private readonly handlePointerMove = (e: PointerEvent): void => {
    const pan = this.touchPan;
    const width = this.base?.range()[1];
    if (!pan || e.pointerId !== pan.id || !width) return;
    const dx = e.clientX - pan.x;
    if (!pan.moved) {
      if (Math.abs(dx) < TOUCH_SLOP) return;
      pan.moved = true;
      // The chart holds the finger from now on: the mark it went down on may leave the view.
      this.svg?.setPointerCapture(e.pointerId);
      this.gestureStart();
    }
    const { fromMs, toMs } = pan.from;
    const by = (-dx * (toMs - fromMs)) / width;
    this.gestureMove([fromMs + by, toMs + by]);
  };

  /** The finger lifted (or the chart lost it); or the browser took the swipe over (a vertical scroll): the view goes back. */
  private readonly handlePointerEnd = (e: PointerEvent): void => {
    // (The mark a finger went down on gives it up to the chart: that is no end.)
    if (e.type === 'lostpointercapture' && e.target !== this.svg) return;
    if (e.pointerType === 'touch') this.lastTouch = e.timeStamp;
    const pan = this.touchPan;
    if (e.pointerId !== pan?.id) return;
    if (e.type === 'pointercancel' && pan.moved) this.gestureMove([pan.from.fromMs, pan.from.toMs]);
    this.endTouchPan();
  };

  private endTouchPan(): void {
    const pan = this.touchPan;
    this.touchPan = undefined;
    if (pan?.moved) this.gestureEnd();
  }

  /** Double-click on a year (or month) of the axis: zoom into it. */
  private readonly handleDblclick = (e: MouseEvent): void => {
    const label = (e.target as Element).closest?.('.axis .label.year, .axis .label.month');
    const unit = label && (select(label).datum() as TimeWindow | undefined);
    if (unit) this.go({ fromMs: unit.fromMs, toMs: unit.toMs }, true);
  };
}
