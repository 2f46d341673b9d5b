/**
 * The overview strip under the axis: every year of the data, each event as a faint tick (merged
 * into one path per category: the strip's size does not grow with the data), and a brush over the
 * window shown. Dragging the window pans, dragging an edge zooms, dragging beside it draws a new
 * window, and a click beside it centres the view there; all through the zoom controller, as one
 * more input device. The brush is a few pointer handlers over four rects (d3-brush, with its 2D
 * modes and modifier keys, cost 2.3 KB gzipped of the bundle for this); it follows the window.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ScaleLinear } from 'd3-scale';
import { pointer, select } from 'd3-selection';
import { axisTicks, type AxisLabel } from '../layout/axis-ticks.js';
import type { PlacedEvent } from '../layout/lanes.js';
import { overviewRuns, runsPath, type CategoryRuns } from '../layout/overview-runs.js';
import type { ResolvedCategory } from '../model/types.js';
import type { TimeWindow } from '../model/zoom-window.js';
import { clamp, round } from '../model/shapes.js';
import { attr } from '../render/frame.js';
import { textWidth } from '../render/measure.js';
import type { ZoomController } from './zoom-controller.js';

/** Height of the strip and the part of it the event ticks use. */
export const OVERVIEW = { height: 34, ticksTop: 3, tickHeight: 3, rows: 5, labelY: 30 } as const;

const OVERVIEW_FONT = '10px';

/** Hit area of a brush edge, in px, mostly outside the selection so that its middle still pans. */
const GRIP = 24;
const GRIP_INSIDE = 8;
/** Where the grips leave less of a window's middle than this (a month at 320 px is under 1 px), it is grabbed by this much around its middle. */
const GRAB = 24;

/** What a drag on the strip holds: an edge, the window, or the strip beside it (a new window). */
type Grip = 'w' | 'e' | 'move' | 'new';

interface Drag {
  /** The one pointer followed (a second finger is ignored). */
  readonly pointerId: number;
  readonly grip: Grip;
  /** Where the pointer went down, and the window then, in the strip's px. */
  readonly x: number;
  readonly from: readonly [number, number];
  /** The window then, put back if the browser takes the pointer (a scroll). */
  readonly window: TimeWindow;
  moved: boolean;
}

/** px a pointer may wobble and still click. */
const SLOP = 3;

export interface OverviewContent {
  /** The fully zoomed-out scale: the strip's own. */
  readonly base: ScaleLinear<number, number>;
  readonly placed: readonly PlacedEvent[];
  readonly categories: readonly ResolvedCategory[];
  readonly locale: string;
  readonly fontFamily: string;
}

export class OverviewController implements ReactiveController {
  private svg?: SVGSVGElement;
  private content?: OverviewContent;
  private drag?: Drag;

  constructor(
    host: ReactiveControllerHost,
    private readonly zoom: ZoomController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.svg) this.attach(this.svg);
  }

  hostDisconnected(): void {
    this.drag = undefined;
  }

  attach(svg: SVGSVGElement): void {
    this.svg = svg;
    this.draw();
  }

  /** Redraws the strip for a new layout (data, width or locale changed). */
  update(content: OverviewContent | undefined): void {
    this.content = content;
    // A drag's px belong to the scale before: it ends where it got to.
    if (this.drag) {
      this.drag = undefined;
      this.zoom.gestureEnd();
    }
    this.draw();
  }

  private get base(): ScaleLinear<number, number> | undefined {
    return this.content?.base;
  }

  /** Moves the brush onto the window, unless the reader is dragging it. */
  show(w: TimeWindow | undefined): void {
    if (!this.drag) this.place(w);
  }

  /** The strip's SVG, for the host's template: its layers are drawn here with D3. */
  template(width: number) {
    return html`<svg class="overview" part="overview" aria-hidden="true" width=${width} height=${OVERVIEW.height}>
      <g class="years"></g>
      <g class="events"></g>
      <g
        class="brush"
        @pointerdown=${this.handlePointerDown}
        @pointermove=${this.handlePointerMove}
        @pointerup=${this.handlePointerUp}
        @pointercancel=${this.handlePointerUp}
      >
        <rect class="overlay" height=${OVERVIEW.height}></rect>
        <rect class="selection" data-grip="move" height=${OVERVIEW.height}></rect>
        <rect class="handle handle--w" data-grip="w" width=${GRIP} height=${OVERVIEW.height}></rect>
        <rect class="handle handle--e" data-grip="e" width=${GRIP} height=${OVERVIEW.height}></rect>
        <rect class="grab" data-grip="move" width=${GRAB} height=${OVERVIEW.height}></rect>
      </g>
    </svg>`;
  }

  private draw(): void {
    const { svg, content } = this;
    if (!svg || !content) return;
    const { base: x, placed, categories, locale, fontFamily } = content;
    const width = x.range()[1];
    const root = select(svg);
    const colors = new Map(categories.map((c) => [c.id, c.color]));
    const { ticksTop, tickHeight, rows, labelY } = OVERVIEW;
    // One path per category, its events merged into pixel runs: as many elements at 50,000 events as at 50.
    root
      .select('g.events')
      .selectAll<SVGPathElement, CategoryRuns>('path')
      .data(overviewRuns(placed, { x: (ms) => x(ms), rows, minWidth: 2 }), (r) => r.category)
      .join('path')
      .attr('data-category', (r) => r.category)
      .attr('d', (r) => runsPath(r.runs, ticksTop, tickHeight, tickHeight - 1))
      .attr('fill', (r) => colors.get(r.category) ?? 'currentColor');
    const font = `${OVERVIEW_FONT} ${fontFamily}`;
    const { ticks, spans } = axisTicks((ms) => x(ms), x.domain().map(Number) as [number, number], {
      locale,
      width,
      textWidth: (text) => textWidth(text, font),
      gap: 16,
    });
    // Years only: the ticks when they are years, else the row naming the years the months fall in.
    root
      .select('g.years')
      .selectAll<SVGGElement, AxisLabel>('g')
      .data(ticks[0]?.unit === 'year' ? ticks : spans)
      .join((enter) => {
        const g = enter.append('g');
        g.append('line').attr('y2', OVERVIEW.height);
        g.append('text').attr('y', labelY);
        return g;
      })
      .attr('transform', (t) => `translate(${t.x},0)`)
      .call((g) =>
        g
          .select('text')
          .attr('x', (t) => t.left - t.x)
          .text((t) => t.text),
      );
    root.select('.overlay').attr('width', width);
    this.show(this.zoom.window);
  }

  /**
   * Draws the brush over the window `w` (none: no window), its edges' hit areas mostly outside it,
   * so that its middle still pans.
   */
  private place(w: TimeWindow | undefined): void {
    const brush = this.svg?.querySelector('.brush');
    const x = this.base;
    if (!brush || !x) return;
    const [box, west, east, grab] = ['.selection', '.handle--w', '.handle--e', '.grab'].map((s) =>
      brush.querySelector(s)!,
    );
    for (const el of [box, west, east]) attr(el, 'visibility', w ? null : 'hidden');
    if (!w) {
      attr(grab, 'visibility', 'hidden');
      return;
    }
    const [x0, x1] = [x(w.fromMs), x(w.toMs)];
    const width = x.range()[1];
    const inside = Math.min(GRIP_INSIDE, (x1 - x0) / 3);
    // Each grip whole inside the strip: at all years the window's edges are the strip's.
    let westX = Math.max(0, x0 - GRIP + inside);
    let eastX = Math.min(width - GRIP, x1 - inside);
    const grabbed = eastX - westX - GRIP < GRAB;
    // Where the grips leave too little of the middle, grip, grab and grip sit side by side around it.
    const grabX = clamp((x0 + x1 - GRAB) / 2, GRIP, width - GRIP - GRAB);
    if (grabbed) [westX, eastX] = [grabX - GRIP, grabX + GRAB];
    attr(box, 'x', round(x0));
    attr(box, 'width', round(x1 - x0));
    attr(west, 'x', round(westX));
    attr(east, 'x', round(eastX));
    attr(grab, 'visibility', grabbed ? null : 'hidden');
    attr(grab, 'x', round(grabX));
    // At all years the window cannot move: a drag on it draws a new one.
    brush.classList.toggle('all', x0 <= 0 && x1 >= width);
  }

  private readonly handlePointerDown = (e: PointerEvent) => {
    const { base, svg } = this;
    const w = this.zoom.window;
    // One pointer at a time, the main button; not Ctrl+click (a right-click on macOS).
    if (this.drag || !e.isPrimary || e.button !== 0 || e.ctrlKey || !w || !base || !svg) return;
    const target = e.target as Element;
    // Captured by the rect grabbed, which keeps its cursor through the drag.
    target.setPointerCapture(e.pointerId);
    e.preventDefault(); // no text selection while dragging
    const from = [base(w.fromMs), base(w.toMs)] as const;
    let grip = (target.getAttribute('data-grip') ?? 'new') as Grip;
    // All years shown: the window cannot move, so a drag on it draws a new one, as one beside it does.
    if (grip === 'move' && from[0] <= 0 && from[1] >= base.range()[1]) grip = 'new'; // (its cursor says so)
    this.drag = {
      pointerId: e.pointerId,
      grip,
      x: pointer(e, svg)[0],
      from,
      window: w,
      moved: false,
    };
    this.zoom.gestureStart();
  };

  private readonly handlePointerMove = (e: PointerEvent) => {
    const { drag, base, svg } = this;
    // (No screen matrix: the strip was hidden mid-drag, by the list view.)
    if (!drag || e.pointerId !== drag.pointerId || !base || !svg?.getScreenCTM()) return;
    const x = pointer(e, svg)[0];
    const dx = x - drag.x;
    if (!drag.moved && Math.abs(dx) < SLOP) return;
    drag.moved = true;
    const [x0, x1] = drag.from;
    const width = base.range()[1];
    // The window or an edge moves as far as the pointer, within the strip; an edge may cross the other.
    let [a, b] = [x0, x1];
    switch (drag.grip) {
      case 'move':
        [a, b] = [x0, x1].map((v) => v + Math.min(Math.max(dx, -x0), width - x1));
        break;
      case 'w':
        a = clamp(x0 + dx, 0, width);
        break;
      case 'e':
        b = clamp(x1 + dx, 0, width);
        break;
      default:
        [a, b] = [drag.x, clamp(x, 0, width)];
    }
    this.zoom.gestureMove([Math.min(a, b), Math.max(a, b)].map(base.invert));
    // The window as shown: at least a month wide, inside the data's years.
    this.place(this.zoom.window);
  };

  private readonly handlePointerUp = (e: PointerEvent) => {
    const { drag, base, svg } = this;
    if (!drag || e.pointerId !== drag.pointerId || !base || !svg) return;
    this.drag = undefined;
    if (drag.moved) {
      // The click a drag ends with is not one (as after a drag of the chart, by d3-zoom): it stays here.
      const swallow = (c: Event) => c.stopPropagation();
      svg.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => svg.removeEventListener('click', swallow, true));
    }
    const w = this.zoom.window;
    if (e.type === 'pointercancel') {
      // The browser took the pointer (a vertical swipe scrolls the page): the window goes back.
      this.zoom.gestureMove([drag.window.fromMs, drag.window.toMs]);
    } else if (!drag.moved && w && (drag.grip === 'new' || drag.x < base(w.fromMs) || drag.x > base(w.toMs))) {
      // A click beside the window (on the strip, or on an edge's grip outside it): centre the window there.
      const centre = base.invert(drag.x);
      const half = (w.toMs - w.fromMs) / 2;
      this.zoom.gestureMove([centre - half, centre + half]);
    }
    this.zoom.gestureEnd();
    this.show(this.zoom.window);
  };
}
