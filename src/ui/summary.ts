/** The line under the heading: how many events are dated, the years they cover, and the data's date. */
import { html, nothing } from 'lit';
import { stringsFor } from '../i18n/strings.js';
import type { DatedSummary } from '../layout/counts.js';
import { civilYear, formatCivilDate, formatCivilRange } from '../model/civil-date.js';
import type { CivilDate } from '../model/types.js';

/** "14 dated events, 2005–2024 · as of 1 March 2025"; nothing without dated events. */
export function renderSummary({ count, span }: DatedSummary, asOf: CivilDate | undefined, locale: string) {
  if (!count || !span) return nothing;
  const t = stringsFor(locale);
  const years = formatCivilRange(civilYear(span.fromMs), civilYear(span.toMs - 1), locale);
  const date = asOf ? ` · ${t.asOf(formatCivilDate(asOf, locale))}` : '';
  return html`<p class="summary">${t.datedEvents(count, years)}${date}</p>`;
}
