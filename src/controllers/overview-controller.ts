/**
 * The overview strip under the axis: every year of the data, each event as a faint tick (merged
 * into one path per category: the strip's size does not grow with the data), and a d3-brush over
 * the window shown. Dragging the brush pans, dragging an edge zooms, a click beside
 * it centres the view there; all through the zoom controller, as one more input device. The
 * brush follows the window silently (brush events without a `sourceEvent` are ignored).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { brushX, type D3BrushEvent } from 'd3-brush';
import type { ScaleLinear } from 'd3-scale';
import { pointer, select } from 'd3-selection';
import { axisTicks, type AxisLabel } from '../layout/axis-ticks.js';
import type { PlacedEvent } from '../layout/lanes.js';
import { overviewRuns, runsPath, type CategoryRuns } from '../layout/overview-runs.js';
import type { ResolvedCategory } from '../model/types.js';
import type { TimeWindow } from '../model/zoom-window.js';
import { textWidth } from '../render/measure.js';
import type { ZoomController } from './zoom-controller.js';

/** Height of the strip and the part of it the event ticks use. */
export const OVERVIEW = { height: 34, ticksTop: 3, tickHeight: 3, rows: 5, labelY: 30 } as const;

const OVERVIEW_FONT = '10px';

/** Hit area of a brush edge, in px, mostly outside the selection so that its middle still pans. */
const GRIP = 24;
const GRIP_INSIDE = 8;

type BrushEvent = D3BrushEvent<unknown>;

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
  private brushing = false;
  private readonly brush = brushX<unknown>()
    .handleSize(GRIP)
    .on('start', (e: BrushEvent) => {
      if (!e.sourceEvent) return;
      this.brushing = true;
      this.zoom.gestureStart();
    })
    .on('brush', (e: BrushEvent) => {
      this.placeGrips(e.selection as [number, number] | null);
      if (e.sourceEvent && e.selection && this.base)
        this.zoom.gestureMove((e.selection as number[]).map(this.base.invert));
    })
    .on('end', (e: BrushEvent) => {
      if (!e.sourceEvent) return this.placeGrips(e.selection as [number, number] | null);
      this.brushing = false;
      const w = this.zoom.window;
      if (!e.selection && w && this.base && this.svg) {
        // A click beside the window: centre the window there.
        const centre = +this.base.invert(pointer(e.sourceEvent, this.svg)[0]);
        const half = (w.toMs - w.fromMs) / 2;
        this.zoom.gestureMove([centre - half, centre + half]);
      }
      this.zoom.gestureEnd();
      this.show(this.zoom.window);
    });

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
    if (this.svg) select(this.svg).select('g.brush').on('.brush', null);
    this.brushing = false;
  }

  attach(svg: SVGSVGElement): void {
    this.svg = svg;
    this.draw();
  }

  /** Redraws the strip for a new layout (data, width or locale changed). */
  update(content: OverviewContent | undefined): void {
    this.content = content;
    this.draw();
  }

  private get base(): ScaleLinear<number, number> | undefined {
    return this.content?.base;
  }

  /** Moves the brush onto the window, unless the reader is dragging it. */
  show(w: TimeWindow | undefined): void {
    if (!this.svg || !this.base || this.brushing) return;
    const x = this.base;
    select(this.svg)
      .select<SVGGElement>('g.brush')
      .call(this.brush.move, w ? [x(w.fromMs), x(w.toMs)] : null);
  }

  /** The strip's SVG, for the host's template: its layers are drawn here with D3. */
  template(width: number) {
    return html`<svg class="overview" part="overview" aria-hidden="true" width=${width} height=${OVERVIEW.height}>
      <g class="years"></g>
      <g class="events"></g>
      <g class="brush"></g>
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
    const g = root.select<SVGGElement>('g.brush');
    this.brush.extent([
      [0, 0],
      [Math.max(1, width), OVERVIEW.height],
    ]);
    g.call(this.brush);
    this.show(this.zoom.window);
  }

  /** Puts the edges' hit areas mostly outside the selection (d3-brush centres them on the edge). */
  private placeGrips(selection: [number, number] | null): void {
    if (!this.svg || !selection) return;
    const [x0, x1] = selection;
    const inside = Math.min(GRIP_INSIDE, (x1 - x0) / 3);
    select(this.svg)
      .selectAll<SVGRectElement, { type: string }>('g.brush .handle')
      .attr('x', (d) => (d.type === 'w' ? x0 - GRIP + inside : x1 - inside))
      .attr('width', GRIP);
  }
}
