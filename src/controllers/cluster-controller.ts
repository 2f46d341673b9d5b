/**
 * Clusters of dense marks, as the reader meets them: which of the visible events are drawn as
 * marks and which are counted in clusters, which mark or cluster holds the chart's one Tab stop,
 * and what a click, a key or focus on a cluster does. A cluster zooms into the part of its period
 * in view; where the view can get no narrower, the list view shows its events.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clusterMarks, type Cluster } from '../layout/clusters.js';
import type { Lane, PlacedEvent } from '../layout/lanes.js';
import { canZoomIn, sameWindow, type TimeWindow } from '../model/zoom-window.js';
import { clusterKey, clusterOf } from '../render/clusters.js';
import { datumOf } from '../render/frame.js';
import type { DetailsController } from './details-controller.js';
import type { ZoomController } from './zoom-controller.js';

export interface SplitView {
  readonly marks: PlacedEvent[];
  readonly clusters: Cluster[];
  /** Marks and clusters in time order (a cluster before a mark that starts with it): the reading order. */
  readonly order: readonly (PlacedEvent | Cluster)[];
  /** The event whose mark holds the Tab stop, if a mark holds it. */
  readonly tabStop?: string;
  /** The cluster that holds the Tab stop, if a cluster holds it. */
  readonly clusterStop?: Cluster;
}

export class ClusterController implements ReactiveController {
  /** Key of the cluster that last had focus: it keeps the Tab stop while drawn. */
  private focusedKey?: string;
  /** The category and middle of the cluster that last had focus: once it is gone, the Tab stop goes nearest. */
  private focusedAt?: { category: string; ms: number };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly zoom: ZoomController,
    private readonly details: DetailsController,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** New data or lanes: a cluster that had focus is gone (a cluster of the same key counts others). */
  reset(): void {
    this.focusedKey = this.focusedAt = undefined;
  }

  /**
   * The visible events (in start order) as marks and clusters. The chart's one Tab stop: the
   * focused event, else the focused cluster, else the mark or cluster nearest to where the cluster
   * that had focus was (in its lane first: a zoom key splits it), else the first in time.
   */
  split(
    visible: readonly PlacedEvent[],
    x: (ms: number) => number,
    view: TimeWindow,
    width: number,
    lanes: readonly Lane[],
  ): SplitView {
    const focused = this.details.focusedIn(visible);
    const selected = this.details.selectedId;
    const { marks, clusters } = clusterMarks(visible, x, {
      fromMs: view.fromMs,
      toMs: view.toMs,
      width,
      lanes,
      keep: new Set([focused, selected].filter((id) => id !== undefined)),
    });
    const order = inTimeOrder(marks, clusters);
    if (focused) return { marks, clusters, order, tabStop: focused };
    const stop = clusters.find((c) => clusterKey(c) === this.focusedKey) ?? this.nearest(order) ?? order[0];
    return isCluster(stop)
      ? { marks, clusters, order, clusterStop: stop }
      : { marks, clusters, order, tabStop: stop?.event.id };
  }

  /** The time of the mark or cluster a key was pressed on: what `+` zooms in around. */
  timeAt(e: Event): readonly [number, number] | undefined {
    const drawn = drawnOf(e);
    return drawn && timeOf(drawn);
  }

  private nearest(order: readonly Drawn[]): Drawn | undefined {
    const at = this.focusedAt;
    if (!at) return undefined;
    let best: Drawn | undefined;
    let least = Infinity;
    for (const d of order) {
      const [from, to] = timeOf(d);
      const category = isCluster(d) ? d.category : d.event.category;
      const far = (category === at.category ? 0 : 1e15) + Math.max(0, from - at.ms, at.ms - to);
      if (far < least) [best, least] = [d, far];
    }
    return best;
  }

  /** Keys on a cluster: Enter or Space zooms into it, the arrows move to its events. True when handled. */
  handleKeydown(e: KeyboardEvent): boolean {
    const cluster = clusterOf(e);
    if (!cluster) return false;
    if (e.key !== 'Enter' && e.key !== ' ') return this.details.handleClusterKeydown(e, cluster.events[0]);
    e.preventDefault();
    this.zoomInto(cluster);
    return true;
  }

  /** A click on a cluster zooms into it. True when the click was on one. */
  handleClick(e: MouseEvent): boolean {
    const cluster = clusterOf(e);
    if (cluster) this.zoomInto(cluster);
    return !!cluster;
  }

  /** A cluster that gets focus holds the Tab stop (the focused event lets it go); a mark takes it back. */
  handleFocusIn(e: FocusEvent): void {
    const cluster = clusterOf(e);
    this.focusedKey = cluster && clusterKey(cluster);
    this.focusedAt = cluster && { category: cluster.category, ms: middle(cluster) };
    if (cluster) this.details.focusedId = undefined;
  }

  /** What activating a cluster does in `view`: zoom in, or (at the narrowest view) show the list. */
  action(view: TimeWindow): 'zoom' | 'list' {
    return canZoomIn(view) ? 'zoom' : 'list';
  }

  /**
   * Shows the part of a cluster's period in view (a reader's action: announced with
   * `cocir-range-change`), focus on the cluster's first event. Where the view can get no narrower,
   * the list view shows the events in view instead, and focus moves to its first event.
   */
  private zoomInto({ shownFromMs, shownToMs, events }: Cluster): void {
    const view = this.zoom.window;
    if (view && this.action(view) === 'zoom') {
      this.zoom.go({ fromMs: shownFromMs, toMs: shownToMs }, true);
      // In view all the way (the glide narrows onto the period), as a mark: focus stays in the period.
      if (!sameWindow(this.zoom.window, view)) return void this.details.focusEvent(events[0], false);
    }
    // The list holds the cluster's first event (its row kept past the first hundred), focus on it.
    const { id } = events[0].event;
    this.details.toggleList();
    this.details.listKeep = id;
    void this.host.updateComplete.then(() => this.details.row(id)?.focus());
  }
}

type Drawn = PlacedEvent | Cluster;

const isCluster = (d: Drawn | undefined): d is Cluster => !!d && 'events' in d;

/** The mark or cluster an event came from. */
const drawnOf = (e: Event) => datumOf<Drawn>(e, 'g.mark, g.cluster');

/** Its time in view: a cluster's shown part of its period, a mark's drawn interval. */
const timeOf = (d: Drawn): [number, number] => (isCluster(d) ? [d.shownFromMs, d.shownToMs] : [d.fromMs, d.toMs]);
const middle = (d: Drawn) => {
  const [from, to] = timeOf(d);
  return (from + to) / 2;
};

/** Marks (in start order) and clusters (by period, then lane) merged by where they start in view. */
function inTimeOrder(marks: readonly PlacedEvent[], clusters: readonly Cluster[]): (PlacedEvent | Cluster)[] {
  const out: (PlacedEvent | Cluster)[] = [];
  const byStart = [...clusters].sort((a, b) => a.shownFromMs - b.shownFromMs || a.lane - b.lane);
  let m = 0;
  for (const c of byStart) {
    while (m < marks.length && marks[m].fromMs < c.shownFromMs) out.push(marks[m++]);
    out.push(c);
  }
  while (m < marks.length) out.push(marks[m++]);
  return out;
}
