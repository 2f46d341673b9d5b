import { LitElement, html, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { cocirTimeline } from '../data/events.js';
import { DataController } from './controllers/data-controller.js';
import { ClusterController } from './controllers/cluster-controller.js';
import { DetailsController } from './controllers/details-controller.js';
import { OverviewController } from './controllers/overview-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { ZoomController, type RangeChangeDetail } from './controllers/zoom-controller.js';
import { supportedLocale } from './i18n/locale.js';
import { speaks, stringsFor } from './i18n/strings.js';
import { countByCategory, datedSummary, undatedShown, type DatedSummary } from './layout/counts.js';
import { dataExtent, type Extent } from './layout/extent.js';
import { statusText, windowName } from './model/status.js';
import { requestedWindow, yearsWindow } from './model/zoom-window.js';
import { categoryListConverter } from './model/filter.js';
import { Memo } from './model/memo.js';
import type { NormalizedData, NormalizedEvent, TimelineEvent } from './model/types.js';
import { text } from './model/validate.js';
// After the model, not with the controllers: where its renderers land in the bundle moves its gzip size ~400 B.
import { ChartRenderer } from './render/chart-renderer.js';
import { exportSvg, fileStem } from './render/export.js';
import { ExportMenuController } from './ui/export-menu.js';
import { exportMenuStyles } from './ui/export-menu.styles.js';
import { printStyles } from './ui/print.styles.js';
import { CategoryFilter } from './ui/category-filter.js';
import { legendStyles } from './ui/legend.styles.js';
import { renderSummary } from './ui/summary.js';
import { renderUndated } from './ui/undated.js';
import { DataState } from './ui/data-state.js';
import { dataStateStyles } from './ui/data-state.styles.js';
import { a11yStyles } from './ui/a11y.styles.js';
import { renderEventList, renderListToggle } from './ui/event-list.js';
import { renderWheelHint, renderZoomControls } from './ui/zoom-controls.js';
import type { PlacedEvent } from './layout/lanes.js';
import { styles } from './cocir-timeline.styles.js';

export type { TimelineErrorCode, TimelineErrorDetail, TimelineLoadDetail } from './controllers/data-controller.js';
export type { TimelineSelectDetail } from './controllers/details-controller.js';
export type { RangeChangeDetail };

/** The window shown: `from` is its first instant, `to` the end (exclusive). */
export interface TimelineRange {
  from: Date;
  to: Date;
}

/**
 * Whether `font` is ready to measure. One that cannot be read (no family resolved yet: the element
 * is detached) counts as ready.
 */
function loaded(font: string): boolean {
  try {
    return document.fonts.check(font);
  } catch {
    return true;
  }
}

const DEFAULT_LABEL = 'COCIR cooperation timeline';

/** What `from` and `to` take a write of their attribute as: a request, made again even with its value. */
const REQUEST: PropertyDeclaration = { hasChanged: () => true };

/**
 * An interactive, accessible timeline of COCIR's international cooperation: dated events on a
 * D3 time axis, one lane per category, and the undated relationships listed below.
 *
 * @summary Draws dated events on a time axis; shows the embedded COCIR events unless given its own.
 *
 * @fires {CustomEvent<TimelineLoadDetail>} cocir-load - `{ count }`: a data set was loaded and validated.
 * @fires {CustomEvent<TimelineErrorDetail>} cocir-error - `{ code, message, issues: [{ index, field, message }] }`: events were skipped as invalid (`invalid-events`), or a data set could not be used (`network`, `http`, `timeout`, `not-json`, `bad-shape`, `too-large`).
 * @fires {CustomEvent<RangeChangeDetail>} cocir-range-change - `{ from, to }`: the reader zoomed or panned (at the gesture's end; never for API calls).
 * @fires {CustomEvent<TimelineSelectDetail>} cocir-select - `{ event }`: the reader activated an event (click, Enter or Space); its detail card opens.
 * @fires {CustomEvent<TimelineFilterChangeDetail>} cocir-filter-change - `{ categories }`: the reader showed or hid categories in the legend.
 *
 * @csspart heading - The visible heading (`label`).
 * @csspart download - The Download menu (SVG or PNG of the current view); `display: none` hides it.
 * @csspart chart - The box holding the chart's SVG.
 * @csspart lane - A category's band in the chart.
 * @csspart mark - One event's mark (shape and label).
 * @csspart cluster - A cluster of dense marks (its box and count), named with its count, period and lane ("12 events, 2008, Regulation"); activating it zooms into the period, or opens the list view where the view can get no narrower.
 * @csspart axis - The time axis.
 * @csspart tick - One tick of the time axis (line and label).
 * @csspart toolbar - The row above the chart: the range shown and the zoom buttons.
 * @csspart range - The range shown, in words.
 * @csspart zoom-button - The buttons Earlier, Later, Zoom out, Zoom in and Reset zoom.
 * @csspart overview - The strip of all years under the axis, with the window shown.
 * @csspart hint - The "Ctrl + scroll to zoom" hint.
 * @csspart legend - The category legend.
 * @csspart legend-action - Its "Show all" and "Show none" buttons.
 * @csspart chip - A category's toggle button in the legend.
 * @csspart chip-only - The "only" button beside a chip.
 * @csspart notice - The notice about skipped events or a failed reload.
 * @csspart skeleton - The placeholder shown while the first `src` load runs.
 * @csspart failure - The message shown in place of the chart when loading failed.
 * @csspart undated - The list of undated relationships.
 * @csspart tooltip - The tooltip of the hovered or focused event.
 * @csspart details - The detail card of the selected event (a non-modal dialog).
 * @csspart list - The list view: a table of the events shown (100 at first, 100 more at each "List 100 more"; its caption counts them all).
 * @csspart list-toggle - The button that switches between the chart and the list view.
 * @csspart status - The live region announcing the range and counts (visually hidden).
 *
 * @cssprop [--cocir-font=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif] - Font family of all text.
 * @cssprop [--cocir-text=#1d2129] - Text colour.
 * @cssprop [--cocir-muted=#555d6b] - Secondary text and axis colour.
 * @cssprop [--cocir-background=#ffffff] - Background colour.
 * @cssprop [--cocir-lane=#f4f5f7] - Fill of odd lane bands.
 * @cssprop [--cocir-lane-alt=#ffffff] - Fill of even lane bands.
 * @cssprop [--cocir-grid=#d9dce1] - Grid lines and rules.
 * @cssprop [--cocir-accent=#0b5cad] - Active controls, and focus rings unless `--cocir-focus` is set.
 * @cssprop [--cocir-notice=#fff4d6] - Background of the notice about skipped events.
 * @cssprop [--cocir-skeleton=#e6e8ec] - Bars of the loading placeholder.
 * @cssprop [--cocir-failure=#fdeceb] - Background of a load failure.
 * @cssprop [--cocir-surface=#ffffff] - Background of the tooltip and the detail card.
 * @cssprop [--cocir-focus=var(--cocir-accent)] - Focus rings.
 */
export class CocirTimeline extends LitElement {
  static override styles = [styles, legendStyles, exportMenuStyles, dataStateStyles, a11yStyles, printStyles];

  /** Own data (JSON-shaped events); wins over `src` and the embedded COCIR events. */
  @property({ attribute: false }) events?: TimelineEvent[];

  /** URL of a JSON document (a list of events or `{asOf?, categories?, events}`); wins over the embedded events. */
  @property() src = '';

  /** The accessible name and visible heading (empty or removed: the default again). */
  @property() label = DEFAULT_LABEL;

  /** BCP 47 language of dates and text (its own text in en, fr or de, else English); default: the page's `lang`, else `en-GB`. */
  @property() locale?: string;

  /** First date shown, inclusive at its precision (`2008` = from 1 January 2008); default: fit to data. The attribute written again, even with its value, shows the window again. */
  @property() from?: string;

  /** Last date shown, inclusive at its precision (`2013` = to 31 December 2013); default: fit to data. The attribute written again shows the window again. */
  @property() to?: string;

  /** Let a plain wheel zoom; by default only Ctrl/⌘ + wheel and pinch do, and a wheel scrolls the page. */
  @property({ type: Boolean, attribute: 'wheel-zoom' }) wheelZoom = false;

  /** Colour scheme: `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Ids of the categories shown (attribute: space- or comma-separated); unset: all. Reflects the reader's choice. */
  @property({ reflect: true, converter: categoryListConverter }) categories?: string[];

  @state() private data!: NormalizedData;

  @query('svg.plot', true) private plot!: SVGSVGElement;
  @query('svg.overview', true) private overviewSvg!: SVGSVGElement;

  private readonly size = new SizeController(this);
  private readonly zoom = new ZoomController(this, () => this.chart.draw());
  private readonly overview = new OverviewController(this, this.zoom);
  private readonly exportMenu = new ExportMenuController(this, {
    snapshot: () => this.snapshot(),
    fileStem: () => fileStem(this.heading),
  });
  private readonly filter = new CategoryFilter(this);
  private readonly loader = new DataController(this, cocirTimeline);
  private readonly dataState = new DataState(this, this.loader);
  private readonly details = new DetailsController(this, {
    placed: () => this.chart.layout?.placed ?? [],
    sized: () => this.chart.width > 0,
    inView: () => this.chart.inView(),
    reveal: (p) => this.reveal(p),
    category: (id) => this.data.categories.find((c) => c.id === id),
    locale: () => this.resolvedLocale,
  });
  private readonly clusters = new ClusterController(this, this.zoom, this.details);
  private readonly chart: ChartRenderer = new ChartRenderer(
    this,
    this.zoom,
    this.overview,
    this.clusters,
    this.details,
    this.filter,
  );
  private extent?: Extent;
  /** Zoom method calls made before the data they are for was in (see `whenSettled`). */
  private readonly zoomCalls: (() => void)[] = [];
  /** The status last announced, and the view and filter it was for. */
  private status = '';
  private statusFor = '';
  /** The `events`, `src`, `from` and `to` the last update took. */
  private inputsTaken?: readonly unknown[];
  /** Fonts asked for once they were found missing (see `updated`). */
  private readonly fontsAsked = new Set<string>();
  /** The window the chart shows, `[fromMs, toMs)`: the zoom's, the source of truth for what is drawn. */
  private get view(): Extent | undefined {
    return this.zoom.window;
  }
  /** Derived from the data (and the view or filter) once, not at every render. */
  private readonly dated = new Memo<DatedSummary>();
  private readonly counts = new Memo<Map<string, number>>();
  private readonly undated = new Memo<NormalizedEvent[]>();
  /** The line under the heading: its date range is slow to format, and a zoom step changes none of it. */
  private readonly summary = new Memo<ReturnType<typeof renderSummary>>();

  /**
   * The label shown: a removed attribute (null), a cleared property, "" or spaces would leave the
   * chart unnamed; a control character would make its SVG download no XML.
   */
  private get heading(): string {
    return text(this.label) ?? DEFAULT_LABEL;
  }

  /** Resolves when the current data set has settled: drawn and announced, or failed. */
  get loadComplete(): Promise<void> {
    return this.loader.loadComplete;
  }

  /** The window shown: `from` its first instant, `to` its end (exclusive); unset without dated events. */
  get visibleRange(): TimelineRange | undefined {
    const w = this.zoom.window;
    return w && { from: new Date(w.fromMs), to: new Date(w.toMs) };
  }

  /** Shows one year, 1 January to 31 December (a year's digits as text, an input's value, do too). Fires no event. */
  zoomToYear(year: number | string): void {
    this.zoomToYears(year, year);
  }

  /** Shows the years `from` to `to`, both included (as numbers or their digits as text). Fires no event. */
  zoomToYears(from: number | string, to: number | string): void {
    this.whenSettled(() => this.extent && this.zoom.go(yearsWindow(from, to, this.extent)));
  }

  /** One step in on the ladder (decade, 5 years, 2 years, year, quarter, month), around the centre. */
  zoomIn(): void {
    this.whenSettled(() => this.zoom.act('zoom-in'));
  }

  /** One step out on the ladder, up to all years. */
  zoomOut(): void {
    this.whenSettled(() => this.zoom.act('zoom-out'));
  }

  /** Shows all the data's years again. */
  resetZoom(): void {
    this.whenSettled(() => this.zoom.act('reset'));
  }

  /**
   * Zooms now, or, while new data or a new `from`/`to` is on its way (before the first update,
   * new `events`, `src`, `from` or `to` not taken yet, a `src` load in flight or waiting for the
   * element to be connected again), once it is in: either would undo the call.
   */
  private whenSettled(zoom: () => void): void {
    const taken = this.inputsTaken;
    if (!taken || this.inputs().some((v, i) => v !== taken[i]) || this.loader.pending) this.zoomCalls.push(zoom);
    else zoom();
  }

  /** What a zoom call waits for while it changes: the data, and `from`/`to` (the later call wins). */
  private inputs(): readonly unknown[] {
    return [this.events, this.src, this.from, this.to];
  }

  /** The locale in use: `locale`, else the nearest `lang`, else en-GB. @internal */
  get resolvedLocale(): string {
    const wanted =
      this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en-GB';
    return supportedLocale(wanted);
  }

  /**
   * A page that writes `from` or `to` again after the reader moved the view asks for that window
   * again, even with the same value; zoom calls made after it wait for it (the later wins). A
   * property set to its value changes nothing: wrappers such as @lit/react set every property at
   * each render of theirs, and the reader's zoom must survive them.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const request = name === 'from' || name === 'to' ? name : undefined;
    const before = request && this[request];
    super.attributeChangedCallback(name, old, value);
    if (request && this[request] === before) {
      this.inputsTaken = undefined;
      this.requestUpdate(request, before, REQUEST);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const requested = () => this.extent && requestedWindow(this.from, this.to, this.extent);
    this.dataState.sync();
    if (this.data !== this.loader.data) {
      this.data = this.loader.data;
      this.extent = dataExtent(this.data.events);
      this.clusters.reset();
      this.zoom.setData(this.extent, dataExtent(this.data.events, 0), requested());
    } else if (changed.has('from') || changed.has('to')) {
      this.zoom.go(requested());
    }
    this.inputsTaken = this.inputs();
    if (!this.loader.pending) for (const zoom of this.zoomCalls.splice(0)) zoom();
    this.zoom.wheelZoom = this.wheelZoom;
    this.chart.update({
      data: this.data,
      extent: this.extent,
      width: this.size.width,
      filtered: this.filter.resolve(this.data.categories, this.loader.pending),
      relocalized: changed.has('locale'),
    });
  }

  protected override firstUpdated(): void {
    this.chart.attach(this.plot);
    this.zoom.attach(this.plot);
    this.overview.attach(this.overviewSvg);
  }

  protected override updated(): void {
    this.chart.draw();
    this.loader.announce();
    // A web font (`--cocir-font`) not in yet was measured as its fallback: measure again once it is.
    for (const font of this.chart.fonts()) {
      if (this.fontsAsked.has(font) || !document.fonts || loaded(font)) continue;
      this.fontsAsked.add(font);
      document.fonts.load(font).then(
        () => {
          this.chart.remeasure();
          if (this.isConnected) this.requestUpdate();
        },
        () => {}, // (it will not come: the fallback's widths are right)
      );
    }
  }

  /** Moved with `moveBefore`: nothing to release or reload, only the nearest `lang` to read again. */
  connectedMoveCallback(): void {
    this.requestUpdate();
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const t = stringsFor(locale);
    const dated = this.dated.get([this.data.events], () => datedSummary(this.data.events));
    const undated = this.undated.get([this.data, this.filter.shown], () =>
      undatedShown(this.data, (id) => this.filter.isShown(id)),
    );
    // Its words' language, where it has them in the locale's (WCAG 3.1.2); else the page's holds.
    return html`<div class="content" lang=${speaks(locale) ? locale : nothing}>
      <header role="none">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading}</h2>
        ${this.summary.get([dated, this.data.asOf, locale], () => renderSummary(dated, this.data.asOf, locale))}
        <div class="header-actions">
          ${dated.count ? renderListToggle(this.details.listView, this.details.toggleList, t) : nothing}
          ${dated.count ? this.exportMenu.render(t) : nothing}
        </div>
      </header>
      ${this.dataState.renderNotice(this.data.issues, t)} ${this.dataState.renderLoadState(t)} ${this.renderFilter()}
      ${dated.count ? renderZoomControls(this.zoom, locale) : nothing}
      <div
        class="chart"
        part="chart"
        ?hidden=${!dated.count || this.details.listView}
        aria-busy=${this.loader.loading ? 'true' : nothing}
        @keydown=${this.handleChartKeydown}
        @click=${this.handleChartClick}
        @pointerover=${this.details.handlePointerOver}
        @pointerout=${this.details.handlePointerOut}
        @focusin=${this.handleChartFocusIn}
        @focusout=${this.details.handleFocusOut}
      >
        ${this.chart.template(t)} ${this.details.renderTooltip() ?? nothing} ${renderWheelHint(this.zoom, locale)}
        ${this.overview.template(this.chart.width)}
      </div>
      ${this.details.listView && dated.count ? this.renderList() : nothing} ${this.details.renderCard() ?? nothing}
      <div class="visually-hidden" role="status" part="status">${this.statusText(dated.count)}</div>
      ${this.data.events.length || !this.loader.hasData ? nothing : html`<p class="empty">${t.empty}</p>`}
      ${renderUndated(undated, this.data.categories, t)}
    </div>`;
  }

  /** "2008–2013: 6 of 14 events shown": read out after every change of view or filter. */
  private statusText(total: number): string {
    // During a drag or wheel the view is read out once, when it ends, not at each render on the way.
    if (this.zoom.gesturing) return this.status;
    const text = this.currentStatus(total);
    const state = `${this.filter.shown}|${this.view?.fromMs}|${this.view?.toMs}`;
    const changed = state !== this.statusFor;
    this.statusFor = state;
    if (text !== this.status.trimEnd()) return (this.status = text);
    // Another view or filter in the same words (another category alone, as many events): a no-break
    // space at the end, on and off, changes the region so that it is read out again (as GOV.UK's
    // accessible-autocomplete does). Nothing new: the region stays as it is.
    if (changed) this.status = text === this.status ? `${text}\u00a0` : text;
    return this.status;
  }

  private currentStatus(total: number): string {
    const categories = { shown: this.filter.shown.length, total: this.data.categories.length };
    // Only undated events: no view to name, but a filter change is still heard.
    if (!this.view) {
      const t = stringsFor(this.resolvedLocale);
      return this.data.events.length ? t.categoriesShown(categories.shown, categories.total) : '';
    }
    return statusText(
      this.view.fromMs,
      this.view.toMs,
      this.chart.inView().length,
      total,
      this.resolvedLocale,
      categories,
    );
  }

  private renderList() {
    const locale = this.resolvedLocale;
    const view = this.view;
    this.details.listedIn(`${view?.fromMs}-${view?.toMs}`);
    return renderEventList(
      this.chart.inView().map((p) => p.event),
      {
        locale,
        range: view ? windowName(view.fromMs, view.toMs, locale) : '',
        categories: new Map(this.data.categories.map((c) => [c.id, c])),
        onSelect: (e, fromKeyboard) => void this.details.select(e, fromKeyboard),
        limit: this.details.listLimit,
        keep: this.details.listKeep,
        onMore: (listed) => void this.details.listMore(listed),
        selected: this.details.selectedId,
      },
    );
  }

  /** Keys on the chart: a cluster's first, then moving between events and details, then the view's. */
  private handleChartKeydown = (e: KeyboardEvent): void => {
    if (!this.clusters.handleKeydown(e) && !this.details.handleKeydown(e))
      this.zoom.handleKeydown(e, this.clusters.timeAt(e));
  };

  /** A click on a cluster zooms into its period; on a mark, opens its details. */
  private handleChartClick = (e: MouseEvent): void => {
    if (!this.clusters.handleClick(e)) this.details.handleClick(e);
  };

  private handleChartFocusIn = (e: FocusEvent): void => {
    this.clusters.handleFocusIn(e);
    this.details.handleFocusIn(e);
  };

  /** Makes an event's mark drawn: pans the view to it when it is outside. */
  private async reveal(placed: PlacedEvent): Promise<void> {
    this.zoom.reveal(placed.fromMs, placed.toMs);
    await this.updateComplete;
  }

  /** The current view as a standalone SVG file (the Download menu's source). */
  private snapshot() {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('.chart svg');
    if (!chart || !this.chart.layout) return undefined;
    const summary = this.renderRoot.querySelector('.summary') ?? undefined;
    const background = getComputedStyle(this).backgroundColor;
    return exportSvg(chart, {
      title: this.heading,
      caption: summary?.textContent ?? undefined,
      titleStyle: this.renderRoot.querySelector('h2')!,
      captionStyle: summary,
      background: background === 'rgba(0, 0, 0, 0)' ? '#fff' : background,
      locale: this.resolvedLocale,
    });
  }

  /** The legend, with counts of the events in view; a hint when every category is hidden. */
  private renderFilter() {
    const t = stringsFor(this.resolvedLocale);
    const { events } = this.data;
    const view = this.view;
    const counts = this.counts.get([events, view?.fromMs, view?.toMs], () => countByCategory(events, view));
    const none = !this.filter.shown.length && this.data.events.length;
    return html`${this.filter.render(counts, t)} ${none ? html`<p class="none-shown">${t.noneShown}</p>` : nothing}`;
  }
}
