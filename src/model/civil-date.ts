/**
 * Civil dates with precision. `2013-01-01` is 1 January 2013 for every reader in every time zone:
 * dates are laid out as UTC intervals and formatted with `timeZone: 'UTC'`, never through the
 * viewer's local clock.
 */
import { isLeapYear } from 'date-fns';
import type { CivilDate, Precision } from './types.js';

const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `Date.UTC` that keeps years 0–99 (which `Date.UTC` maps to 1900–1999). */
export function utcMs(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (1–12) of a year 0–9999. date-fns reads the year of an instant on the local
 * clock: 1 July (UTC) falls in the same year in every zone, where an instant near New Year may not.
 */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(utcMs(year, 6, 1)) ? 29 : MONTH_DAYS[month - 1];
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `undefined` for any other form or an impossible date. */
export function parseCivilDate(text: string): CivilDate | undefined {
  const m = DATE_FORM.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  // `Date.UTC` would roll 30 February over into March: the calendar is checked first. Every month
  // has days 1–28; past them, the month's length decides (date-fns tells leap years). Most dates
  // take the quick path, which matters at tens of thousands of events.
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > 28 && day > daysInMonth(year, month)) return undefined;
  const precision: Precision = m[3] ? 'day' : m[2] ? 'month' : 'year';
  const startMs = utcMs(year, month - 1, day);
  const endMs =
    precision === 'year'
      ? utcMs(year + 1, 0, 1)
      : precision === 'month'
        ? utcMs(year, month, 1)
        : utcMs(year, month - 1, day + 1);
  return { text, precision, year, month, day, startMs, endMs };
}

/** The civil date (at day precision) of a year, month (0–11) and day; `undefined` outside 0000–9999. */
export function civilDay(year: number, monthIndex: number, day: number): CivilDate | undefined {
  const pad = (n: number, digits: number) => String(n).padStart(digits, '0');
  return parseCivilDate(`${pad(year, 4)}-${pad(monthIndex + 1, 2)}-${pad(day, 2)}`);
}

/** Whether the instant `ms` is a UTC midnight: where a civil day starts. */
export const atUtcMidnight = (ms: number) => ms % 86_400_000 === 0;

/** The civil date (at day precision) that contains the instant `ms`. */
export function civilDateAt(ms: number): CivilDate {
  const d = new Date(clampToCivil(ms));
  return civilDay(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())!;
}

/** The year (as a year-precision civil date) that contains the instant `ms`. */
export function civilYear(ms: number): CivilDate {
  return parseCivilDate(String(new Date(clampToCivil(ms)).getUTCFullYear()).padStart(4, '0'))!;
}

/** Civil dates are written with four-digit years: an instant outside 0000–9999 is taken at the nearest end. */
function clampToCivil(ms: number): number {
  return Math.min(Math.max(ms, utcMs(0, 0, 1)), utcMs(10000, 0, 1) - 1);
}

const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` in UTC, in the Gregorian calendar the dates are in (`th` defaults to the Buddhist). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory' });
    formatters.set(key, f);
  }
  return f;
}

/** "2008", "April 2008", "1 January 2013" (en-GB). */
export function formatCivilDate(date: CivilDate, locale: string): string {
  return dateFormat(locale, FIELDS[date.precision]).format(date.startMs);
}

/**
 * A range whose differing part is one field on each side reads closed up ("2017–2019",
 * "23–25 May 2018"); one with words on a side keeps its spaced dash ("1 January – 3 March 2013").
 * CLDR spaces the dash in both cases for English, in some engines with thin spaces.
 */
function closeUpRange(parts: Intl.DateTimeRangeFormatPart[]): Intl.DateTimeRangeFormatPart[] {
  const single = (source: string) => parts.filter((p) => p.source === source).length === 1;
  if (!single('startRange') || !single('endRange')) return parts;
  return parts.map((p, i) =>
    p.type === 'literal' && p.source === 'shared' && parts[i - 1]?.source === 'startRange'
      ? { ...p, value: p.value.trim() }
      : p,
  );
}

/** "2017–2019", "23–25 May 2018", "May 2010 – 2012": a closed range, inclusive at each end's precision. */
export function formatCivilRange(start: CivilDate, end: CivilDate, locale: string): string {
  if (start.precision === end.precision) {
    // Both ends are named by their first instant, formatted at their precision.
    const parts = dateFormat(locale, FIELDS[start.precision]).formatRangeToParts(start.startMs, end.startMs);
    return closeUpRange(parts)
      .map((p) => p.value)
      .join('');
  }
  return `${formatCivilDate(start, locale)} – ${formatCivilDate(end, locale)}`;
}
