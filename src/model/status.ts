/** The sentence the status region announces after a change of view or filter. */
import { atUtcMidnight, civilDateAt, formatCivilRange, parseCivilDate } from './civil-date.js';
import { stringsFor } from '../i18n/strings.js';
import type { CivilDate, Precision } from './types.js';

/** "2008–2013: 6 of 14 events shown", and while some categories are hidden ", 3 of 12 categories". */
export function statusText(
  fromMs: number,
  toMs: number,
  shown: number,
  total: number,
  locale: string,
  categories?: { shown: number; total: number },
): string {
  const t = stringsFor(locale);
  const text = t.status(windowName(fromMs, toMs, locale), shown, total);
  return categories && categories.shown < categories.total
    ? `${text}, ${t.categoriesShown(categories.shown, categories.total)}`
    : text;
}

/**
 * The window `[fromMs, toMs)` named at the coarsest precision its bounds allow: years, months or
 * days. A bound inside a day (a drag does not snap) names days: 1 January 08:45 to 1 January is not
 * a whole year, and that year's last day is the end's day.
 */
export function windowName(fromMs: number, toMs: number, locale: string): string {
  const first = civilDateAt(fromMs);
  const last = civilDateAt(toMs - 1);
  // The exclusive end may be past year 9999, where civil dates stop: read it as an instant.
  const end = new Date(toMs);
  const endsMonth = end.getUTCDate() === 1 && atUtcMidnight(toMs) && fromMs === first.startMs;
  const precision: Precision =
    first.month === 1 && first.day === 1 && endsMonth && end.getUTCMonth() === 0
      ? 'year'
      : first.day === 1 && endsMonth
        ? 'month'
        : 'day';
  return formatCivilRange(coarsen(first, precision), coarsen(last, precision), locale);
}

/** The same date at a coarser precision ("2013-04-15" → "2013-04" → "2013"). */
function coarsen(date: CivilDate, precision: Precision): CivilDate {
  return parseCivilDate(date.text.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10))!;
}
