import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { cocirTimeline } from '../data/events.js';
import { DataController } from './controllers/data-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { stringsFor } from './i18n/strings.js';
import { dataExtent, type Extent } from './layout/extent.js';
import { placeLabels } from './layout/labels.js';
import { assignLanes, DEFAULT_GEOMETRY, type LaneLayout } from './layout/lanes.js';
import { TimeIndex } from './layout/time-index.js';
import { civilYear, formatCivilDate, formatCivilRange } from './model/civil-date.js';
import { eventName } from './model/event-date.js';
import type { NormalizedData, NormalizedEvent, TimelineEvent } from './model/types.js';
import { renderAxis } from './render/axis.js';
import { renderLanes } from './render/lanes.js';
import { renderMarks } from './render/marks.js';
import { textWidth } from './render/measure.js';
import { cssProps } from './ui/css-props.js';
import { renderLink } from './ui/link.js';
import { renderFailurePanel, renderSkeleton } from './ui/load-state.js';
import { renderFailureNotice, renderIssuesNotice } from './ui/notice.js';
import { dataStateStyles } from './ui/data-state.styles.js';
import { styles } from './cocir-timeline.styles.js';

export type { TimelineErrorCode, TimelineErrorDetail, TimelineLoadDetail } from './controllers/data-controller.js';

const AXIS_HEIGHT = 32;
const LABEL_FONT = '500 12px';

/**
 * An interactive, accessible timeline of COCIR's international cooperation: dated events on a
 * D3 time axis, one lane per category, and the undated relationships listed below.
 *
 * @summary Draws dated events on a time axis; shows the embedded COCIR events unless given its own.
 *
 * @fires cocir-load - `{count}`: a data set was loaded and validated.
 * @fires cocir-error - `{code, message, issues}`: events were skipped as invalid (`invalid-events`), or a
 *   data set could not be used (`network`, `http`, `timeout`, `not-json`, `bad-shape`, `too-large`).
 *
 * @csspart heading - The visible heading (`label`).
 * @csspart chart - The box holding the chart's SVG.
 * @csspart lane - A category's band in the chart.
 * @csspart mark - One event's mark (shape and label).
 * @csspart axis - The time axis.
 * @csspart notice - The notice about skipped events or a failed reload.
 * @csspart skeleton - The placeholder shown while the first `src` load runs.
 * @csspart failure - The message shown in place of the chart when loading failed.
 * @csspart undated - The list of undated relationships.
 *
 * @cssprop --cocir-font - Font family of all text.
 * @cssprop --cocir-text - Text colour.
 * @cssprop --cocir-muted - Secondary text and axis colour.
 * @cssprop --cocir-background - Background colour.
 * @cssprop --cocir-lane - Fill of odd lane bands.
 * @cssprop --cocir-lane-alt - Fill of even lane bands.
 * @cssprop --cocir-grid - Grid lines and rules.
 * @cssprop --cocir-skeleton - Bars of the loading placeholder.
 * @cssprop --cocir-failure - Background of a load failure.
 */
export class CocirTimeline extends LitElement {
  static override styles = [styles, dataStateStyles];

  /** Own data (JSON-shaped events); wins over `src` and the embedded COCIR events. */
  @property({ attribute: false }) events?: TimelineEvent[];

  /** URL of a JSON document (a list of events or `{asOf?, categories?, events}`); wins over the embedded events. */
  @property() src = '';

  /** The accessible name and visible heading. */
  @property() label = 'COCIR cooperation timeline';

  /** BCP 47 language of dates and text; default: the page's `lang`, else `en-GB`. */
  @property() locale?: string;

  @state() private data!: NormalizedData;
  @state() private noticeOpen = false;

  @query('.lanes', true) private lanesLayer!: SVGGElement;
  @query('.marks', true) private marksLayer!: SVGGElement;
  @query('.axis', true) private axisLayer!: SVGGElement;

  private readonly size = new SizeController(this);
  private readonly loader = new DataController(this, cocirTimeline);
  private layout?: LaneLayout;
  private index?: TimeIndex;
  private extent?: Extent;
  /** The fully zoomed-out scale (the whole extent over the width): lanes are packed on it. */
  private base?: ScaleTime<number, number>;
  /** The window the chart shows, `[fromMs, toMs)`: the source of truth for what is drawn. */
  private view?: Extent;
  private width = 0;
  private font = '';

  /** Resolves when the current data set has settled: drawn and announced, or failed. */
  get loadComplete(): Promise<void> {
    return this.loader.loadComplete;
  }

  /** The locale in use: `locale`, else the nearest `lang`, else en-GB. */
  get resolvedLocale(): string {
    const wanted = this.locale || this.closest('[lang]')?.getAttribute('lang') || 'en-GB';
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(wanted).length ? wanted : 'en-GB';
    } catch {
      return 'en-GB';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.loader.sync()) this.noticeOpen = true;
    if (this.data !== this.loader.data) {
      this.data = this.loader.data;
      this.extent = dataExtent(this.data.events);
      this.layout = this.view = undefined;
    }
    const width = this.size.width;
    const font = `${LABEL_FONT} ${getComputedStyle(this).fontFamily}`;
    if (!this.layout || width !== this.width || font !== this.font || changed.has('locale')) {
      this.width = width;
      this.font = font;
      this.relayout();
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
    this.view ??= extent;
    this.layout = assignLanes(this.data.events, this.data.categories, {
      x: (ms) => x(ms),
      width,
      openStartMs: extent.fromMs,
      labelWidth: (e) => textWidth(e.title, this.font),
    });
    this.index = new TimeIndex(this.layout.placed);
  }

  protected override updated(): void {
    this.draw();
    this.loader.announce();
  }

  /** Moved with `moveBefore`: nothing to release or reload, only the nearest `lang` to read again. */
  connectedMoveCallback(): void {
    this.requestUpdate();
  }

  /** Hands the SVG layers to the D3 renderers: only the events inside the view are drawn. */
  private draw(): void {
    const { layout, index, base, view } = this;
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
    renderAxis(this.axisLayer, x, { locale, gridHeight: layout.height });
  }

  protected override render() {
    const t = stringsFor(this.resolvedLocale);
    const dated = this.data.events.filter((e) => e.kind !== 'undated');
    const height = (this.layout?.height ?? 0) + AXIS_HEIGHT;
    return html`
      <header role="none">
        <h2 id="heading" part="heading">${this.label}</h2>
        ${this.renderSummary(dated)}
      </header>
      ${this.renderNotice()} ${this.renderLoadState()}
      <div class="chart" part="chart" ?hidden=${!dated.length} aria-busy=${this.loader.loading ? 'true' : nothing}>
        <svg role="group" aria-labelledby="heading" width=${this.width} height=${height}>
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
      </div>
      ${this.data.events.length || !this.loader.hasData ? nothing : html`<p class="empty">${t.empty}</p>`}
      ${this.renderUndated()}
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
    const { failure, hasData } = this.loader;
    if (!this.noticeOpen) return nothing;
    const t = stringsFor(this.resolvedLocale);
    const onDismiss = () => (this.noticeOpen = false);
    if (failure && hasData) return renderFailureNotice(failure, t, { onRetry: () => this.loader.retry(), onDismiss });
    return renderIssuesNotice(this.data.issues, t, onDismiss);
  }

  /** In place of the chart until a data set could be shown: the skeleton, or why loading failed. */
  private renderLoadState() {
    const { failure, hasData, loading } = this.loader;
    if (hasData) return nothing;
    const t = stringsFor(this.resolvedLocale);
    if (failure) return renderFailurePanel(failure, t, () => this.loader.retry());
    return loading ? renderSkeleton(t) : nothing;
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
          return html`<li ${cssProps({ '--_color': category.color })}>
            <span class="category">${category.label}</span>
            <span class="title">${e.title}</span>
            ${e.description ? html`<span class="description">${e.description}</span>` : nothing} ${renderLink(e.url, t)}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
