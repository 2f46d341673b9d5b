/**
 * The chart: its SVG skeleton, the lanes and rows of the data (packed on the fully zoomed-out
 * scale once per change of data, width, font, locale or filter; never per frame), and the D3
 * drawing of the view into its layers: only the events in view, dense ones as counted clusters.
 * A filter change slides the lanes to their new places; a view that takes the focused mark or
 * cluster away hands focus on. Held for the element, not registered with it: it owns no resource
 * to release. The element calls `update` in `willUpdate` and `draw` in `updated`; the zoom calls
 * `draw` at each frame of a gesture or glide.
 */
import { html, type ReactiveControllerHost } from 'lit';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { clusterBlocks } from '../layout/clusters.js';
import type { Extent } from '../layout/extent.js';
import { placeLabels } from '../layout/labels.js';
import { assignLanes, DEFAULT_GEOMETRY, packingOrder, type LaneLayout, type PlacedEvent } from '../layout/lanes.js';
import { TimeIndex } from '../layout/time-index.js';
import { eventName } from '../model/event-date.js';
import { Memo } from '../model/memo.js';
import { sameWindow } from '../model/zoom-window.js';
import { clamp, glyphPaths } from '../model/shapes.js';
import type { NormalizedData, NormalizedEvent } from '../model/types.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { renderAxis } from './axis.js';
import { renderClusters } from './clusters.js';
import { clusterText } from './cluster-text.js';
import { attr, frameFor, orderDrawn } from './frame.js';
import { LANE_FONT, LANE_LABEL_X, LANE_TRACKING, renderLanes } from './lanes.js';
import { MARK, renderMarks } from './marks.js';
import { estimateTextWidth, fitText, forgetWidths, textWidth } from './measure.js';
import { captureOffsets, repackDuration, slideFrom } from './repack.js';
import type { CategoryFilter } from '../ui/category-filter.js';
import type { ClusterController } from '../controllers/cluster-controller.js';
import type { DetailsController } from '../controllers/details-controller.js';
import type { OverviewController } from '../controllers/overview-controller.js';
import type { ZoomController } from '../controllers/zoom-controller.js';

/**
 * Rows a lane may grow to: up to 12, fewer as lanes add up, so that dense data keeps the chart
 * within about 2,400 px of rows (12 lanes of 5 rows); at least 3. Beyond them, clusters count.
 */
const rowsPerLane = (lanes: number) =>
  clamp(Math.floor(2400 / Math.max(1, lanes) / DEFAULT_GEOMETRY.row), 3, DEFAULT_GEOMETRY.maxRows);

const AXIS_HEIGHT = 40;
const LABEL_FONT = '500 12px';
const AXIS_FONT = '12px';

export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  readonly resolvedLocale: string;
}

/** What the chart is laid out for: the element's state at an update. */
export interface ChartInput {
  readonly data: NormalizedData;
  /** The data's years (undefined without dated events). */
  readonly extent: Extent | undefined;
  /** The content width, in px. */
  readonly width: number;
  /** The shown categories changed: the lanes re-pack, and slide at the next draw. */
  readonly filtered: boolean;
  /** The locale changed: labels are measured again. */
  readonly relocalized: boolean;
}

export class ChartRenderer {
  /** Lanes and rows of the shown categories' dated events (unset without any, or at zero width). */
  layout?: LaneLayout;
  /** The content width drawn at, in px. */
  width = 0;
  private index?: TimeIndex;
  /** The dated events in packing order, of every category (see `packingOrder`). */
  private readonly order = new Memo<NormalizedEvent[]>();
  /** The last query of the index: the status line and the drawing ask for the same view. */
  private readonly visible = new Memo<PlacedEvent[]>();
  /** The fully zoomed-out scale (the whole extent over the width): lanes are packed on it. */
  private base?: ScaleLinear<number, number>;
  private data!: NormalizedData;
  private font = '';
  private axisFont = '';
  /** The axis's second row: drawn at weight 600 (`.axis .tick.span text`). */
  private spanFont = '';
  private laneFont = '';
  /** Lane labels cut to the chart's width ("HEALTH TECHNOLOGY ASSESSM…" on a phone), made once per layout. */
  private laneLabels = new Map<string, string>();
  /** The window last drawn: when it moves, the tooltip is dismissed. */
  private drawn?: Extent;
  /** Each category's glyph (its shape: the cue besides colour). */
  private glyphs = new Map<string, string>();
  /** The drawn mark or cluster that had focus as the view moved: focus is handed on if it went. */
  private focused?: Element;
  /** Estimated label widths (see `estimatedLabelWidth`), for one font. */
  private estimates = { font: '', widths: new WeakMap<NormalizedEvent, number>() };
  /** The filter changed since the last draw: slide the lanes to their new places. */
  private repack = false;
  private plot!: SVGSVGElement;
  private lanesLayer!: SVGGElement;
  private marksLayer!: SVGGElement;
  private axisLayer!: SVGGElement;

  constructor(
    private readonly host: ChartHost,
    private readonly zoom: ZoomController,
    private readonly overview: OverviewController,
    private readonly clusters: ClusterController,
    private readonly details: DetailsController,
    private readonly filter: CategoryFilter,
  ) {}

  /** Takes the chart's SVG (once it is rendered) and its layers. */
  attach(plot: SVGSVGElement): void {
    this.plot = plot;
    this.lanesLayer = plot.querySelector('.lanes')!;
    this.marksLayer = plot.querySelector('.marks')!;
    this.axisLayer = plot.querySelector('.axis')!;
  }

  /** Lays the lanes out again when the data, the width, the font, the locale or the shown categories changed. */
  update({ data, extent, width, filtered, relocalized }: ChartInput): void {
    if (this.data !== data) {
      this.data = data;
      this.glyphs = glyphPaths(data.categories, MARK.glyphRadius);
      this.layout = undefined;
    }
    const fontFamily = getComputedStyle(this.host).fontFamily;
    const font = `${LABEL_FONT} ${fontFamily}`;
    this.repack ||= filtered && !!this.layout;
    if (!this.layout || width !== this.width || font !== this.font || relocalized || filtered) {
      this.width = width;
      this.font = font;
      this.relayout(extent);
      this.rescale(fontFamily);
    }
  }

  /** Lanes and rows for the current data and width; once per change, never per frame. */
  private relayout(extent: Extent | undefined): void {
    const { width, data } = this;
    if (!extent || width <= 0) {
      this.layout = this.index = this.base = undefined;
      return;
    }
    // Epoch ms to px. A linear scale, not scaleUtc: every caller passes and reads ms, the axis
    // labels are our own, and scaleUtc's default tickFormat would bundle d3-time-format.
    const x = (this.base = scaleLinear().domain([extent.fromMs, extent.toMs]).range([0, width]));
    const shown = data.categories.filter((c) => this.filter.isShown(c.id));
    this.layout = assignLanes(data.events, shown, {
      x: (ms) => x(ms),
      width,
      openStartMs: extent.fromMs,
      labelWidth: (e) => this.estimatedLabelWidth(e),
      geometry: { ...DEFAULT_GEOMETRY, maxRows: rowsPerLane(shown.length) },
      // All categories' order, sorted once per data set: a filter change only picks from it.
      order: this.order.get([data, extent.fromMs], () => packingOrder(data.events, data.categories, extent.fromMs)),
    });
    this.index = new TimeIndex(this.layout.placed);
  }

  /** Hands the zoom and the overview the new scale and layout (after `relayout`). */
  private rescale(fontFamily: string): void {
    const { base, layout } = this;
    this.axisFont = `${AXIS_FONT} ${fontFamily}`;
    this.spanFont = `600 ${this.axisFont}`;
    this.laneFont = `${LANE_FONT} ${fontFamily}`;
    this.laneLabels.clear();
    this.zoom.setScale(base, layout?.height ?? 0);
    const { categories } = this.data;
    const locale = this.host.resolvedLocale;
    this.overview.update(base && layout && { base, placed: layout.placed, categories, locale, fontFamily });
  }

  /** The fonts text is measured in: the labels', the axis's and its second row's, the lanes'. */
  fonts(): string[] {
    return this.font ? [this.font, this.axisFont, this.spanFont, this.laneFont] : [];
  }

  /** A web font came in after its fallback was measured: labels are measured and packed again at the next update. */
  remeasure(): void {
    forgetWidths();
    this.font = '';
    this.estimates = { font: '', widths: new WeakMap() };
  }

  /** A mark's label width as packing estimates it, thousands at a time: kept per event until the font changes. */
  private estimatedLabelWidth(e: NormalizedEvent): number {
    if (this.estimates.font !== this.font) this.estimates = { font: this.font, widths: new WeakMap() };
    let width = this.estimates.widths.get(e);
    if (width === undefined)
      this.estimates.widths.set(e, (width = MARK.glyphRoom + estimateTextWidth(e.title, this.font)));
    return width;
  }

  /** A mark's label: its category's glyph, then its title (packing estimates it, thousands at a time). */
  private labelWidth(e: NormalizedEvent): number {
    return MARK.glyphRoom + textWidth(e.title, this.font);
  }

  private glyphOf = (category: string): string => this.glyphs.get(category) ?? '';

  /** The drawn events of shown categories in the view, in time order. */
  inView(): PlacedEvent[] {
    const view = this.zoom.window;
    return this.index && view ? this.query(this.index, view) : [];
  }

  /** The drawn events of shown categories in `[fromMs, toMs)`, in time order. */
  private query(index: TimeIndex, { fromMs, toMs }: Extent): PlacedEvent[] {
    return this.visible.get([index, fromMs, toMs], () => index.query(fromMs, toMs));
  }

  /** The chart's SVG: its layers are drawn here with D3. */
  template(t: Strings) {
    const height = (this.layout?.height ?? 0) + AXIS_HEIGHT;
    return html`<svg
      class="plot"
      role="group"
      aria-labelledby="heading"
      aria-roledescription=${t.chart}
      width=${this.width}
      height=${height}
      viewBox="0 0 ${this.width} ${height}"
    >
      <defs>
        <linearGradient id="fade-in-gradient">
          <stop offset="0" stop-color="white" stop-opacity="0"></stop>
          <stop offset="0.6" stop-color="white"></stop>
        </linearGradient>
        <linearGradient id="fade-out-gradient">
          <stop offset="0" stop-color="white"></stop>
          <stop offset="1" stop-color="white" stop-opacity="0"></stop>
        </linearGradient>
        <mask id="fade-in" maskContentUnits="objectBoundingBox">
          <rect width="1" height="1" fill="url(#fade-in-gradient)"></rect>
        </mask>
        <mask id="fade-out" maskContentUnits="objectBoundingBox">
          <rect width="1" height="1" fill="url(#fade-out-gradient)"></rect>
        </mask>
      </defs>
      <g class="lanes"></g>
      <g class="axis" part="axis" aria-hidden="true"></g>
      <g class="marks" role="group" aria-label=${t.eventsLayer}></g>
    </svg>`;
  }

  /**
   * Hands the SVG layers to the D3 renderers: only the events inside the view are drawn, dense
   * ones as counted clusters, within a budget of elements.
   */
  draw(): void {
    const { layout, index, base, data } = this;
    const view = this.zoom.shown; // the view, or a frame of the glide towards it
    if (!layout || !index || !base || !view) return;
    const x = base.copy().domain([view.fromMs, view.toMs]);
    if (this.drawn && !sameWindow(this.drawn, view)) this.details.dismissTip();
    this.drawn = view;
    const visible = this.query(index, view);
    const { marks, clusters, order, tabStop, clusterStop } = this.clusters.split(
      visible,
      x,
      view,
      this.width,
      layout.lanes,
    );
    const locale = this.host.resolvedLocale;
    const t = stringsFor(locale);
    const colors = new Map(data.categories.map((c) => [c.id, c.color]));
    const labels = new Map(data.categories.map((c) => [c.id, c.label]));
    const colorOf = (id: string) => colors.get(id) ?? 'currentColor';
    const labelX = placeLabels(
      marks,
      (ms) => x(ms),
      (p) => this.labelWidth(p.event),
      { width: this.width, gap: DEFAULT_GEOMETRY.gap, blocked: clusterBlocks(clusters, x) },
    );
    const before = this.repack ? captureOffsets(this.movingNodes()) : undefined;
    this.repack = false;
    // With nothing in view, the chart itself takes the Tab stop (zoom keys).
    attr(this.plot, 'tabindex', visible.length ? -1 : 0);
    const root = this.host.shadowRoot;
    const active = root?.activeElement;
    if (active?.matches('.mark, .cluster')) this.focused = active;
    renderLanes(this.lanesLayer, layout.lanes, this.width, this.glyphOf, (label) => this.laneLabel(label));
    const frame = frameFor(this.marksLayer, x);
    const text = clusterText(locale);
    renderClusters(frame, clusters, {
      colorOf,
      // Its lane's name too: clusters of one period in several lanes are read one after another.
      nameOf: (c) => `${text.name(c)}, ${labels.get(c.category)}`,
      countOf: text.count,
      action: this.clusters.action(view) === 'zoom' ? t.zoomIn : t.listView,
      countWidth: (count) => textWidth(count, this.font),
      tabStop: clusterStop,
    });
    renderMarks(frame, marks, {
      colorOf,
      glyphOf: this.glyphOf,
      nameOf: (e) => eventName(e, locale),
      categoryLabel: (id) => labels.get(id),
      labelX,
      asOfMs: data.asOfMs,
      revision: locale,
      tabStop,
      selected: this.details.selectedId,
    });
    orderDrawn(frame.g, order);
    attr(this.axisLayer, 'transform', `translate(0,${layout.height})`);
    const { axisFont, spanFont } = this;
    renderAxis(this.axisLayer, x, {
      locale,
      gridHeight: layout.height,
      textWidth: (s) => textWidth(s, axisFont),
      spanTextWidth: (s) => textWidth(s, spanFont),
    });
    this.overview.show(view);
    // A zoom or pan that takes the focused mark or cluster out of view hands focus to the new Tab
    // stop, once the view has settled (not at every frame of a glide, nor during a drag); not when
    // the reader put focus elsewhere meanwhile.
    const settled = sameWindow(view, this.zoom.window) && !this.zoom.gesturing;
    if (this.focused && settled) {
      const gone = !this.focused.isConnected;
      this.focused = undefined;
      const lost = !document.activeElement || document.activeElement === document.body;
      if (gone && lost) (this.marksLayer.querySelector<SVGElement>('[tabindex="0"]') ?? this.plot).focus();
    }
    if (before) slideFrom(before, repackDuration());
  }

  private laneLabel(label: string): string {
    let fitted = this.laneLabels.get(label);
    if (fitted === undefined) {
      const width = (s: string) => textWidth(s.toUpperCase(), this.laneFont) + LANE_TRACKING * s.length;
      this.laneLabels.set(label, (fitted = fitText(label, this.width - LANE_LABEL_X - 8, width)));
    }
    return fitted;
  }

  /** What slides when lanes re-pack: the lane bands, the marks, the clusters and the axis. */
  private movingNodes(): SVGGraphicsElement[] {
    const drawn = this.marksLayer.querySelectorAll<SVGGraphicsElement>('.mark, .cluster');
    return [...(this.lanesLayer.children as HTMLCollectionOf<SVGGElement>), ...drawn, this.axisLayer];
  }
}
