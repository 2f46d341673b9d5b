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
  readonly onSelect: (event: NormalizedEvent) => void;
}

export function renderEventList(events: readonly NormalizedEvent[], ctx: EventListContext) {
  const t = stringsFor(ctx.locale);
  return html`<table class="event-list" part="list">
    <caption>
      ${t.listCaption(ctx.range)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.date}</th>
        <th scope="col">${t.title}</th>
        <th scope="col">${t.category}</th>
      </tr>
    </thead>
    <tbody>
      ${events.map((e) => {
        const category = ctx.categories.get(e.category);
        return html`<tr>
          <td class="list-date">${formatEventDate(e, ctx.locale)}</td>
          <td>
            <button type="button" class="list-title" @click=${() => ctx.onSelect(e)}>${e.title}</button>
          </td>
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
  </table>`;
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
