import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { cocirTimeline } from '../data/events.js';
import { OverviewController } from './controllers/overview-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { ZoomController, type RangeChangeDetail } from './controllers/zoom-controller.js';
import { stringsFor } from './i18n/strings.js';
import { dataExtent, type Extent } from './layout/extent.js';
import { placeLabels } from './layout/labels.js';
import { assignLanes, DEFAULT_GEOMETRY, type LaneLayout } from './layout/lanes.js';
import { TimeIndex } from './layout/time-index.js';
import { civilYear, formatCivilDate, formatCivilRange } from './model/civil-date.js';
import { eventName } from './model/event-date.js';
import type { NormalizedData, NormalizedEvent, TimelineEvent, ValidationIssue } from './model/types.js';
import { normalizeData } from './model/validate.js';
import { requestedWindow, yearsWindow } from './model/zoom-window.js';
import { renderAxis } from './render/axis.js';
import { renderLanes } from './render/lanes.js';
import { renderMarks } from './render/marks.js';
import { textWidth } from './render/measure.js';
import { renderWheelHint, renderZoomControls } from './ui/zoom-controls.js';
import { styles } from './cocir-timeline.styles.js';

/** Detail of `cocir-load`. */
export interface TimelineLoadDetail {
  count: number;
}

export type { RangeChangeDetail };

/** The window shown: `from` is its first instant, `to` the end (exclusive). */
export interface TimelineRange {
  from: Date;
  to: Date;
}

/** Detail of `cocir-error`. */
export interface TimelineErrorDetail {
  code: string;
  message: string;
  issues: ValidationIssue[];
}

const AXIS_HEIGHT = 40;
const LABEL_FONT = '500 12px';
const AXIS_FONT = '12px';

/**
 * An interactive, accessible timeline of COCIR's international cooperation: dated events on a
 * D3 time axis, one lane per category, and the undated relationships listed below.
 *
 * @summary Draws dated events on a time axis; shows the embedded COCIR events unless given its own.
 *
 * @fires cocir-load - `{count}`: a data set was loaded and validated.
 * @fires cocir-error - `{code, message, issues}`: events were skipped as invalid.
 * @fires cocir-range-change - `{from, to}`: the reader zoomed or panned (at the gesture's end; never for API calls).
 *
 * @csspart heading - The visible heading (`label`).
 * @csspart chart - The box holding the chart's SVG.
 * @csspart lane - A category's band in the chart.
 * @csspart mark - One event's mark (shape and label).
 * @csspart axis - The time axis.
 * @csspart tick - A label of the axis.
 * @csspart toolbar - The row above the chart: the range shown and the zoom buttons.
 * @csspart range - The range shown, in words.
 * @csspart zoom-button - The buttons Zoom out, Zoom in and Reset zoom.
 * @csspart overview - The strip of all years under the axis, with the window shown.
 * @csspart hint - The "Ctrl + scroll to zoom" hint.
 * @csspart notice - The notice about skipped events.
 * @csspart undated - The list of undated relationships.
 *
 * @cssprop --cocir-font - Font family of all text.
 * @cssprop --cocir-text - Text colour.
 * @cssprop --cocir-muted - Secondary text and axis colour.
 * @cssprop --cocir-background - Background colour.
 * @cssprop --cocir-lane - Fill of odd lane bands.
 * @cssprop --cocir-lane-alt - Fill of even lane bands.
 * @cssprop --cocir-grid - Grid lines and rules.
 */
export class CocirTimeline extends LitElement {
  static override styles = styles;

  /** Own data (JSON-shaped events); wins over the embedded COCIR events. */
  @property({ attribute: false }) events?: TimelineEvent[];

  /** The accessible name and visible heading. */
  @property() label = 'COCIR cooperation timeline';

  /** BCP 47 language of dates and text; default: the page's `lang`, else `en-GB`. */
  @property() locale?: string;

  /** First date shown, inclusive at its precision (`2008` = from 1 January 2008); default: fit to data. */
  @property() from?: string;

  /** Last date shown, inclusive at its precision (`2013` = to 31 December 2013); default: fit to data. */
  @property() to?: string;

  /** Let a plain wheel zoom; by default only Ctrl/⌘ + wheel and pinch do, and a wheel scrolls the page. */
  @property({ type: Boolean, attribute: 'wheel-zoom' }) wheelZoom = false;

  @state() private data!: NormalizedData;
  @state() private noticeOpen = false;

  @query('.lanes', true) private lanesLayer!: SVGGElement;
  @query('.marks', true) private marksLayer!: SVGGElement;
  @query('.axis', true) private axisLayer!: SVGGElement;
  @query('svg.plot', true) private plot!: SVGSVGElement;
  @query('svg.overview', true) private overviewSvg!: SVGSVGElement;

  private readonly size = new SizeController(this);
  private readonly zoom = new ZoomController(this, () => this.draw());
  private readonly overview = new OverviewController(this, this.zoom);
  private layout?: LaneLayout;
  private index?: TimeIndex;
  private extent?: Extent;
  /** The fully zoomed-out scale (the whole extent over the width): lanes are packed on it. */
  private base?: ScaleTime<number, number>;
  private width = 0;
  private font = '';
  private axisFont = '';
  private settled = false;

  /** The locale in use: `locale`, else the nearest `lang`, else en-GB. */
  get resolvedLocale(): string {
    const wanted = this.locale || this.closest('[lang]')?.getAttribute('lang') || 'en-GB';
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(wanted).length ? wanted : 'en-GB';
    } catch {
      return 'en-GB';
    }
  }

  /** The window shown: `from` its first instant, `to` its end (exclusive); unset without dated events. */
  get visibleRange(): TimelineRange | undefined {
    const w = this.zoom.window;
    return w && { from: new Date(w.fromMs), to: new Date(w.toMs) };
  }

  /** Shows one year, 1 January to 31 December. Fires no event. */
  zoomToYear(year: number): void {
    this.zoomToYears(year, year);
  }

  /** Shows the years `from` to `to`, both included. Fires no event. */
  zoomToYears(from: number, to: number): void {
    if (this.extent) this.zoom.go(yearsWindow(from, to, this.extent));
  }

  /** One step in on the ladder (decade, 5 years, 2 years, year, quarter, month), around the centre. */
  zoomIn(): void {
    this.zoom.act('zoom-in');
  }

  /** One step out on the ladder, up to all years. */
  zoomOut(): void {
    this.zoom.act('zoom-out');
  }

  /** Shows all the data's years again. */
  resetZoom(): void {
    this.zoom.act('reset');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const requested = () => this.extent && requestedWindow(this.from, this.to, this.extent);
    if (!this.hasUpdated || changed.has('events')) {
      this.data = normalizeData(this.events ?? cocirTimeline);
      this.extent = dataExtent(this.data.events);
      this.noticeOpen = this.data.issues.length > 0;
      this.settled = false;
      this.layout = undefined;
      this.zoom.setData(this.extent, dataExtent(this.data.events, 0), requested());
    } else if (changed.has('from') || changed.has('to')) {
      this.zoom.go(requested());
    }
    this.zoom.wheelZoom = this.wheelZoom;
    const width = this.size.width;
    const font = `${LABEL_FONT} ${getComputedStyle(this).fontFamily}`;
    if (!this.layout || width !== this.width || font !== this.font || changed.has('locale')) {
      this.width = width;
      this.font = font;
      this.relayout();
      this.rescale();
    }
  }

  /** Lanes and rows for the current data and width; once per change, never per frame. */
  private relayout(): void {
    const { extent, width } = this;
    if (!extent || width <= 0) {
      this.layout = this.index = this.base = undefined;
      return;
    }
    const x = (this.base = scaleUtc().domain([extent.fromMs, extent.toMs]).range([0, width]));
    this.layout = assignLanes(this.data.events, this.data.categories, {
      x: (ms) => x(ms),
      width,
      openStartMs: extent.fromMs,
      labelWidth: (e) => textWidth(e.title, this.font),
    });
    this.index = new TimeIndex(this.layout.placed);
  }

  /** Hands the zoom and the overview the new scale and layout (after `relayout`). */
  private rescale(): void {
    const { base, layout } = this;
    const fontFamily = getComputedStyle(this).fontFamily;
    this.axisFont = `${AXIS_FONT} ${fontFamily}`;
    this.zoom.setScale(base, layout?.height ?? 0);
    const { categories } = this.data;
    const locale = this.resolvedLocale;
    this.overview.update(base && layout && { base, placed: layout.placed, categories, locale, fontFamily });
  }

  protected override firstUpdated(): void {
    this.zoom.attach(this.plot);
    this.overview.attach(this.overviewSvg);
  }

  protected override updated(): void {
    this.draw();
    if (!this.settled) {
      this.settled = true;
      this.dispatchSettled();
    }
  }

  /** Hands the SVG layers to the D3 renderers: only the events inside the view are drawn. */
  private draw(): void {
    const { layout, index, base } = this;
    const view = this.zoom.shown; // the view, or a frame of the glide towards it
    if (!layout || !index || !base || !view) return;
    const x = base.copy().domain([view.fromMs, view.toMs]);
    const visible = index.query(view.fromMs, view.toMs);
    const locale = this.resolvedLocale;
    const colors = new Map(this.data.categories.map((c) => [c.id, c.color]));
    const labelX = placeLabels(
      visible,
      (ms) => x(ms),
      (p) => textWidth(p.event.title, this.font),
      {
        width: this.width,
        gap: DEFAULT_GEOMETRY.gap,
      },
    );
    renderLanes(this.lanesLayer, layout.lanes, this.width);
    renderMarks(this.marksLayer, visible, x, {
      colorOf: (id) => colors.get(id) ?? 'currentColor',
      nameOf: (e) => eventName(e, locale),
      labelX,
      asOfMs: this.data.asOfMs,
      revision: locale,
    });
    this.axisLayer.setAttribute('transform', `translate(0,${layout.height})`);
    const axisFont = this.axisFont;
    renderAxis(this.axisLayer, x, { locale, gridHeight: layout.height, textWidth: (s) => textWidth(s, axisFont) });
    this.overview.show(view);
  }

  private dispatchSettled(): void {
    const { events, issues } = this.data;
    if (issues.length) {
      const detail: TimelineErrorDetail = {
        code: 'invalid-events',
        message: stringsFor('en').skipped(new Set(issues.map((i) => i.index)).size),
        issues: [...issues],
      };
      this.dispatchEvent(new CustomEvent('cocir-error', { detail, bubbles: true, composed: true }));
    }
    const detail: TimelineLoadDetail = { count: events.length };
    this.dispatchEvent(new CustomEvent('cocir-load', { detail, bubbles: true, composed: true }));
  }

  protected override render() {
    const t = stringsFor(this.resolvedLocale);
    const dated = this.data.events.filter((e) => e.kind !== 'undated');
    const height = (this.layout?.height ?? 0) + AXIS_HEIGHT;
    return html`
      <header>
        <h2 id="heading" part="heading">${this.label}</h2>
        ${this.renderSummary(dated)}
      </header>
      ${this.renderNotice()} ${dated.length ? renderZoomControls(this.zoom, this.resolvedLocale) : nothing}
      <div class="chart" part="chart" ?hidden=${!dated.length}>
        <svg
          class="plot"
          role="group"
          aria-labelledby="heading"
          tabindex="0"
          width=${this.width}
          height=${height}
          @keydown=${this.zoom.handleKeydown}
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
        </svg>
        ${renderWheelHint(this.zoom, this.resolvedLocale)} ${this.overview.template(this.width)}
      </div>
      ${this.data.events.length ? nothing : html`<p class="empty">${t.empty}</p>`} ${this.renderUndated()}
    `;
  }

  private renderSummary(dated: NormalizedEvent[]) {
    if (!dated.length || !this.extent) return nothing;
    const locale = this.resolvedLocale;
    const t = stringsFor(locale);
    const first = Math.min(...dated.map((e) => (Number.isNaN(e.startMs) ? e.endMs - 1 : e.startMs)));
    const last = Math.max(...dated.map((e) => e.endMs)) - 1;
    const years = formatCivilRange(civilYear(first), civilYear(last), locale);
    const asOf = this.data.asOf ? ` · ${t.asOf(formatCivilDate(this.data.asOf, locale))}` : '';
    return html`<p class="summary">${t.datedEvents(dated.length, years)}${asOf}</p>`;
  }

  private renderNotice() {
    const { issues } = this.data;
    if (!this.noticeOpen || !issues.length) return nothing;
    const t = stringsFor(this.resolvedLocale);
    const skipped = new Set(issues.map((i) => i.index)).size;
    return html`<div class="notice" part="notice" role="status">
      <details>
        <summary>${t.skipped(skipped)} — ${t.details}</summary>
        <ul>
          ${issues.map((i) => html`<li>${i.index >= 0 ? `#${i.index} ` : ''}${i.field}: ${i.message}</li>`)}
        </ul>
      </details>
      <button type="button" aria-label=${t.dismiss} @click=${() => (this.noticeOpen = false)}>×</button>
    </div>`;
  }

  private renderUndated() {
    const undated = this.data.events.filter((e) => e.kind === 'undated');
    if (!undated.length) return nothing;
    const t = stringsFor(this.resolvedLocale);
    const order = new Map(this.data.categories.map((c, i) => [c.id, i]));
    const byCategory = new Map(this.data.categories.map((c) => [c.id, c]));
    undated.sort((a, b) => order.get(a.category)! - order.get(b.category)!);
    return html`<section class="undated" part="undated" aria-labelledby="undated-heading">
      <h3 id="undated-heading">${t.undatedHeading}</h3>
      <p>${t.undatedIntro}</p>
      <ul>
        ${undated.map((e) => {
          const category = byCategory.get(e.category)!;
          return html`<li style=${styleMap({ '--_color': category.color })}>
            <span class="category">${category.label}</span>
            <span class="title">${e.title}</span>
            ${e.description ? html`<span class="description">${e.description}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
