/**
 * The category filter's state, held for the element (a plain object: it owns no resource): which categories are shown (from the host's `categories`), what
 * the reader does in the legend (toggle, only, all, none) and where the legend's tab stop is.
 * A reader's change reflects into `categories` and fires `cocir-filter-change`; setting
 * `categories` from outside fires nothing. Over new data, what the reader hid stays hidden.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { resolveFilter } from '../model/filter.js';
import type { ResolvedCategory } from '../model/types.js';
import { renderLegend } from './legend.js';

/** Detail of `cocir-filter-change`. */
export interface TimelineFilterChangeDetail {
  /** The ids now shown, in the data's category order. */
  categories: string[];
}

export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  categories?: string[];
}

export class CategoryFilter {
  /** Ids shown, in the data's category order. */
  shown: readonly string[] = [];
  private shownSet = new Set<string>();
  private categories: readonly ResolvedCategory[] = [];
  private readonly warned = new Set<string>();
  /** The legend item holding the toolbar's single tab stop. */
  private active = 0;
  /** The reader's last choice: the list it set on the host, and the categories it hid. */
  private choice?: { list: string[] | undefined; hidden: ReadonlySet<string> };

  constructor(private readonly host: FilterHost) {}

  /**
   * Resolves the host's `categories` against the data's; true when the shown set changed.
   * `pending`: the ids may be the coming data's, so none is reported unknown yet.
   */
  resolve(categories: readonly ResolvedCategory[], pending: boolean): boolean {
    const { choice } = this;
    if (choice && choice.list !== this.host.categories)
      this.choice = undefined; // the page set its own list
    else if (choice && categories !== this.categories && !pending) {
      // New data after the reader's choice: what the reader hid stays hidden, the rest shows.
      const ids = categories.map((c) => c.id).filter((id) => !choice.hidden.has(id));
      this.host.categories = choice.list = listOf(ids, categories.length);
    }
    const { shown, unknown } = resolveFilter(categories, this.host.categories);
    this.categories = categories;
    if (unknown.length && categories.length && !pending) this.warnOnce(unknown);
    if (shown.length === this.shown.length && shown.every((id, i) => id === this.shown[i])) return false;
    this.shown = shown;
    this.shownSet = new Set(shown);
    return true;
  }

  isShown(id: string): boolean {
    return this.shownSet.has(id);
  }

  /** The legend: one chip per category, with `counts` of its events in view. */
  render(counts: ReadonlyMap<string, number>, strings: Strings) {
    if (!this.categories.length) return undefined;
    this.active = Math.min(this.active, this.categories.length * 2 - 1);
    return renderLegend({
      categories: this.categories,
      isShown: (id) => this.shownSet.has(id),
      counts,
      strings,
      active: this.active,
      onToggle: (id) => this.apply((c) => (c === id ? !this.shownSet.has(c) : this.shownSet.has(c))),
      onOnly: (id) => this.apply((c) => c === id),
      onShowAll: () => this.apply(() => true),
      onShowNone: () => this.apply(() => false),
      onActive: (index) => {
        if (index === this.active) return;
        this.active = index;
        this.host.requestUpdate();
      },
    });
  }

  /** A reader's change: show the categories `keep` picks, reflect them and tell the page. */
  private apply(keep: (id: string) => boolean): void {
    const ids = this.categories.map((c) => c.id).filter(keep);
    if (ids.length === this.shown.length && ids.every((id, i) => id === this.shown[i])) return;
    const list = listOf(ids, this.categories.length);
    this.host.categories = list;
    this.choice = { list, hidden: new Set(this.categories.map((c) => c.id).filter((id) => !keep(id))) };
    const detail: TimelineFilterChangeDetail = { categories: [...ids] };
    this.host.dispatchEvent(new CustomEvent('cocir-filter-change', { detail, bubbles: true, composed: true }));
  }

  private warnOnce(unknown: readonly string[]): void {
    const key = [...unknown].sort().join('\n');
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<cocir-timeline>: unknown categories ignored: ${unknown.join(', ')}`);
  }
}

/** The host's list for the ids shown of `total` categories; every category shown is the default state: no list (no attribute). */
const listOf = (ids: string[], total: number) => (ids.length === total ? undefined : ids);
