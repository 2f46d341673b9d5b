/** The list view: a table of the events the chart shows, following zoom and filter; and its toggle. */
import { html, nothing } from 'lit';
import { cssProps } from './css-props.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { formatEventDate } from '../model/event-date.js';
import type { NormalizedEvent, ResolvedCategory } from '../model/types.js';

export interface EventListContext {
  readonly locale: string;
  /** The window's name, for the caption ("2008–2013"). */
  readonly range: string;
  readonly categories: ReadonlyMap<string, ResolvedCategory>;
  /** `fromKeyboard`: focus goes into the card (a click without a pointer counts). */
  readonly onSelect: (event: NormalizedEvent, fromKeyboard: boolean) => void;
  /** Rows to list (`LIST_LIMIT` more at each "List more"), and an event listed however far down it is. */
  readonly limit: number;
  readonly keep?: string;
  readonly onMore: (listed: number) => void;
  /** The event whose card is open, if any (the card sticks to the window's foot, over the list). */
  readonly selected?: string;
}

/** Rows listed at first: at all years a list of 10,000 events would be 10,000 Tab stops and 60,000 elements. */
export const LIST_LIMIT = 100;

export function renderEventList(events: readonly NormalizedEvent[], ctx: EventListContext) {
  const t = stringsFor(ctx.locale);
  const kept = ctx.keep === undefined ? 0 : events.findIndex((e) => e.id === ctx.keep) + 1;
  const rows = Math.max(ctx.limit, kept);
  const listed = events.slice(0, rows);
  const open = (e: NormalizedEvent) => (click: MouseEvent) => ctx.onSelect(e, click.detail === 0);
  // In a box of its own: its width is what the cells' container query reads.
  return html`<div class="list-box ${ctx.selected === undefined ? '' : 'carded'}">
    <table class="event-list" part="list">
      <caption>
        ${t.listCaption(ctx.range, events.length)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.date}</th>
          <th scope="col">${t.title}</th>
          <th scope="col">${t.category}</th>
        </tr>
      </thead>
      <tbody>
        ${listed.map((e) => {
          const category = ctx.categories.get(e.category);
          return html`<tr>
            <td class="list-date">${formatEventDate(e, ctx.locale)}</td>
            <td>${titleButton(e, e.id === ctx.selected, open(e))}</td>
            <td>
              <span class="list-swatch" ${cssProps({ background: category?.color ?? 'currentColor' })}></span
              >${category?.label ?? e.category}
            </td>
          </tr>`;
        })}
        ${
          events.length
            ? nothing
            : html`<tr>
                <td colspan="3">${t.empty}</td>
              </tr>`
        }
      </tbody>
      ${
        events.length > listed.length
          ? html`<tfoot>
              <tr>
                <td colspan="3">
                  ${t.listMore(listed.length, events.length)}
                  <button type="button" class="list-more" @click=${() => ctx.onMore(listed.length)}>
                    ${t.listNext(Math.min(LIST_LIMIT, events.length - listed.length))}
                  </button>
                </td>
              </tr>
            </tfoot>`
          : nothing
      }
    </table>
  </div>`;
}

/** The button that switches between the chart and the list view. */
export function renderListToggle(pressed: boolean, onToggle: () => void, t: Strings) {
  return html`<button
    type="button"
    class="list-toggle"
    part="list-toggle"
    aria-pressed=${pressed ? 'true' : 'false'}
    @click=${onToggle}
  >
    ${t.listView}
  </button>`;
}

/** A row's title: the button that opens its event's card, expanded while the card is open. */
function titleButton(e: NormalizedEvent, expanded: boolean, onClick: (click: MouseEvent) => void) {
  // Its text is the title alone, with no white space around it.
  // prettier-ignore
  return html`<button type="button" class="list-title" data-id=${e.id} aria-expanded=${expanded} @click=${onClick}>${e.title}</button>`;
}
