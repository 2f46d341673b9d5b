/** The undated relationships, listed below the chart: they have no place on the time axis. */
import { html, nothing } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { NormalizedEvent, ResolvedCategory } from '../model/types.js';
import { cssProps } from './css-props.js';
import { renderLink } from './link.js';

/** "Organisations: HOPE, ESR", as the detail card says it; nothing when there is none. */
const meta = (t: Strings, label: string, value: string | undefined) =>
  value ? html`<span class="meta">${t.labelled(label, value)}</span>` : nothing;

/** `events`: the undated events of the categories shown, in category order. */
export function renderUndated(events: readonly NormalizedEvent[], categories: readonly ResolvedCategory[], t: Strings) {
  if (!events.length) return nothing;
  const byCategory = new Map(categories.map((c) => [c.id, c]));
  return html`<section class="undated" part="undated" aria-labelledby="undated-heading">
    <h3 id="undated-heading">${t.undatedHeading}</h3>
    <p>${t.undatedIntro}</p>
    <ul>
      ${events.map((e) => {
        const category = byCategory.get(e.category)!;
        return html`<li ${cssProps({ '--_color': category.color })}>
          <span class="category">${category.label}</span>
          <span class="title">${e.title}</span>
          ${e.description ? html`<span class="description">${e.description}</span>` : nothing}
          ${meta(t, t.organisations, e.organisations.join(', '))} ${meta(t, t.location, e.location)}
          ${renderLink(e.url, t)}
        </li>`;
      })}
    </ul>
  </section>`;
}
