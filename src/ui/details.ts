/** Details on demand: the tooltip (hover, focus) and the detail card (click, Enter). */
import { html, nothing } from 'lit';
import { cssProps } from './css-props.js';
import { stringsFor } from '../i18n/strings.js';
import { renderLink } from './link.js';
import { formatEventDate } from '../model/event-date.js';
import type { NormalizedEvent, ResolvedCategory } from '../model/types.js';

export interface DetailsContext {
  readonly locale: string;
  readonly category?: ResolvedCategory;
}

/**
 * A short, hoverable tooltip: title, date, category. It stands above the mark (`below`: under it,
 * near the chart's top) so that it never hides the focused mark.
 */
export function renderTooltip(
  event: NormalizedEvent,
  x: number,
  y: number,
  below: boolean,
  { locale, category }: DetailsContext,
  on: { enter: () => void; leave: () => void },
) {
  return html`<div
    id="tooltip"
    class="tooltip ${below ? 'below' : 'above'}"
    part="tooltip"
    role="tooltip"
    ${cssProps({ left: `${x}px`, top: `${y}px` })}
    @pointerenter=${on.enter}
    @pointerleave=${on.leave}
  >
    <strong>${event.title}</strong>
    <span>${formatEventDate(event, locale)}</span>
    ${category ? html`<span class="tooltip-category">${category.label}</span>` : nothing}
  </div>`;
}

/** The detail card: a non-modal dialog named by the event's title. */
export function renderCard(event: NormalizedEvent, onClose: () => void, { locale, category }: DetailsContext) {
  const t = stringsFor(locale);
  const row = (label: string, value: string | undefined) =>
    value
      ? html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  return html`<section
    class="card"
    part="details"
    role="dialog"
    aria-labelledby="card-title"
    tabindex="-1"
    @keydown=${onKeydown}
  >
    <div class="card-head">
      <h3 id="card-title">${event.title}</h3>
      <button type="button" class="close" aria-label=${t.close} @click=${onClose}>×</button>
    </div>
    <p class="card-date">${formatEventDate(event, locale)}</p>
    <dl>
      ${row(t.category, category?.label)} ${row(t.organisations, event.organisations.join(', ') || undefined)}
      ${row(t.location, event.location)}
    </dl>
    ${event.description ? html`<p class="card-description">${event.description}</p>` : nothing}
    ${renderLink(event.url, t)}
  </section>`;
}
