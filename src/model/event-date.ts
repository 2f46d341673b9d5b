/** The date of an event as a reader reads it: "2008", "23–25 May 2018", "since 2008", "until December 2012". */
import { formatCivilDate, formatCivilRange } from './civil-date.js';
import { stringsFor } from '../i18n/strings.js';
import type { NormalizedEvent } from './types.js';

export function formatEventDate(event: NormalizedEvent, locale: string): string {
  const t = stringsFor(locale);
  const { start, end } = event;
  if (!start) {
    if (!end) return t.undated;
    return end === 'ongoing' ? t.ongoing : t.until(formatCivilDate(end, locale), end.precision === 'day');
  }
  if (!end) return formatCivilDate(start, locale);
  if (end === 'ongoing') return t.since(formatCivilDate(start, locale), start.precision === 'day');
  return formatCivilRange(start, end, locale);
}

/** The accessible name of an event's mark: its title and its date at precision. */
export function eventName(event: NormalizedEvent, locale: string): string {
  return `${event.title}, ${formatEventDate(event, locale)}`;
}
